package main

import (
	"fmt"
	"sort"
)

type Planet struct {
	Name string
	Mass float64
	Dist float64
}

type ByMass []Planet

func (a ByMass) Len() int           { return len(a) }
func (a ByMass) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByMass) Less(i, j int) bool { return a[i].Mass < a[j].Mass }

// byKey sorts by any float key and counts comparisons made through Less.
type byKey struct {
	planets []Planet
	key     func(*Planet) float64
}

func (b byKey) Len() int           { return len(b.planets) }
func (b byKey) Swap(i, j int)      { b.planets[i], b.planets[j] = b.planets[j], b.planets[i] }
func (b byKey) Less(i, j int) bool { return b.key(&b.planets[i]) < b.key(&b.planets[j]) }

func main() {
	planets := []Planet{
		{"Mercury", 0.055, 0.4}, {"Venus", 0.815, 0.7}, {"Earth", 1.0, 1.0},
		{"Mars", 0.107, 1.5}, {"Jupiter", 317.8, 5.2}, {"Saturn", 95.2, 9.5},
		{"Uranus", 14.6, 19.2}, {"Neptune", 17.2, 30.1},
	}
	sort.Sort(ByMass(planets))
	for _, p := range planets {
		fmt.Printf("%-8s %7.3f\n", p.Name, p.Mass)
	}
	sort.Sort(sort.Reverse(ByMass(planets)))
	fmt.Println("heaviest:", planets[0].Name, "lightest:", planets[len(planets)-1].Name)
	sort.Sort(byKey{planets, func(p *Planet) float64 { return p.Dist }})
	names := []string{}
	for _, p := range planets {
		names = append(names, p.Name)
	}
	fmt.Println(names)
	fmt.Println(sort.IsSorted(ByMass(planets)), sort.IsSorted(byKey{planets, func(p *Planet) float64 { return p.Dist }}))
	sort.Stable(byKey{planets, func(p *Planet) float64 {
		if p.Mass > 1 {
			return 1
		}
		return 0
	}})
	fmt.Println(planets)
}
