// routeplan orders delivery stops by nearest neighbour from the depot and prints the tour length.
package main

import (
	"fmt"
	"strings"

	"example.com/geo"
)

func main() {
	depot := geo.Point{Name: "depot", Lat: 52.5200, Lon: 13.4050}
	stops := []geo.Point{
		{Name: "potsdam", Lat: 52.3906, Lon: 13.0645},
		{Name: "spandau", Lat: 52.5357, Lon: 13.2050},
		{Name: "koepenick", Lat: 52.4453, Lon: 13.5740},
		{Name: "pankow", Lat: 52.5693, Lon: 13.4010},
	}

	tour, km := []string{depot.Name}, 0.0
	here := depot
	for len(stops) > 0 {
		best := 0
		for i := range stops {
			if geo.Haversine(here, stops[i]) < geo.Haversine(here, stops[best]) {
				best = i
			}
		}
		km += geo.Haversine(here, stops[best])
		here = stops[best]
		tour = append(tour, here.Name)
		stops = append(stops[:best], stops[best+1:]...)
	}
	km += geo.Haversine(here, depot)
	fmt.Printf("routeplan: %s -> depot, %.1f km\n", strings.Join(tour, " -> "), km)
}
