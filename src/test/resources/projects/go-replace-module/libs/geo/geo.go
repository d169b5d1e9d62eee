// Package geo has the small amount of spherical geometry the route planner needs.
package geo

import "math"

const earthRadiusKm = 6371.0

type Point struct {
	Name     string
	Lat, Lon float64
}

// Haversine is the great-circle distance between a and b in kilometres.
func Haversine(a, b Point) float64 {
	rad := func(d float64) float64 { return d * math.Pi / 180 }
	dLat, dLon := rad(b.Lat-a.Lat), rad(b.Lon-a.Lon)
	h := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(rad(a.Lat))*math.Cos(rad(b.Lat))*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthRadiusKm * math.Asin(math.Sqrt(h))
}
