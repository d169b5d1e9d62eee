module example.com/routeplan

go 1.19

require example.com/geo v0.3.0

replace example.com/geo => ./libs/geo
