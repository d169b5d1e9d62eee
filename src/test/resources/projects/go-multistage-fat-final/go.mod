module example.org/assetsum

go 1.19
