module github.com/example/envdrift

go 1.19
