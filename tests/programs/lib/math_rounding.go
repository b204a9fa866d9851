package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{2.5, 3.5, -2.5, -3.5, 2.4, 2.6, -0.4, -0.5, 0.5, 1.5, 7, -7, 1e16 + 1, 0.49999999999999994}
	fmt.Printf("%-22s %6s %6s %6s %6s %6s\n", "x", "Floor", "Ceil", "Round", "Trunc", "RtE")
	for _, x := range xs {
		fmt.Printf("%-22v %6v %6v %6v %6v %6v\n", x, math.Floor(x), math.Ceil(x), math.Round(x), math.Trunc(x), math.RoundToEven(x))
	}
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(7.5, 2), math.Mod(-0.5, 1))
	fmt.Println(math.Remainder(7, 3), math.Remainder(8, 3), math.Remainder(-7, 3))
	for _, x := range []float64{3.75, -3.75, 0.25, -0.0, 5} {
		i, f := math.Modf(x)
		fmt.Println("Modf", x, "=", i, f)
	}
	fmt.Println(math.Floor(-0.0), math.Ceil(-0.3), math.Round(-0.3), math.Trunc(-0.9))
	fmt.Println(int(math.Round(2.5)), int(math.Floor(-1.5)), int64(math.Ceil(1e10+0.1)))
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5))
	roundTo := func(x float64, places int) float64 {
		p := math.Pow(10, float64(places))
		return math.Round(x*p) / p
	}
	fmt.Println(roundTo(3.14159, 2), roundTo(2.675, 2), roundTo(-1.005, 2), roundTo(1234.5678, -2))
}
