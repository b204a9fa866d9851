package main

import (
	"fmt"
	"math"
)

// Trigonometry printed with limited precision (the last bits of sin/cos of
// large arguments depend on the implementation); see
// math_transcendental_full_precision.go for exact outputs.
func main() {
	angles := []float64{0, math.Pi / 6, math.Pi / 4, math.Pi / 3, math.Pi / 2, math.Pi, 3 * math.Pi / 2, 2 * math.Pi, -math.Pi / 4, 1, 100}
	for _, a := range angles {
		fmt.Printf("%-10.6f sin=%10.6f cos=%10.6f tan=%.6g\n", a, math.Sin(a), math.Cos(a), math.Tan(a))
	}
	fmt.Printf("%.10f %.10f %.10f\n", math.Atan(1), math.Atan(-1), math.Atan(1e10))
	fmt.Printf("%.10f %.10f %.10f %.10f\n", math.Asin(1), math.Acos(0), math.Asin(0.5), math.Acos(-1))
	fmt.Println(math.Atan(0), math.Sin(0), math.Cos(0), math.Tan(0))
	pts := [][2]float64{{1, 1}, {-1, 1}, {-1, -1}, {1, -1}, {0, 1}, {0, -1}, {0, 0}, {1, 0}, {-1, 0}}
	for _, p := range pts {
		fmt.Printf("Atan2(%v,%v)=%.8f\n", p[1], p[0], math.Atan2(p[1], p[0]))
	}
	fmt.Println(math.Atan2(0, math.Copysign(0, -1)) == math.Pi, math.Atan2(math.Copysign(0, -1), -1) == -math.Pi)
	fmt.Println(math.Hypot(3, 4), math.Hypot(5, 12), math.Hypot(-3, 0), math.Hypot(0, 0))
	fmt.Printf("%.6e\n", math.Hypot(1e200, 1e200))
	fmt.Printf("%.9f %.9f %.9f\n", math.Sinh(1), math.Cosh(1), math.Tanh(0.5))
	deg := func(r float64) float64 { return r * 180 / math.Pi }
	fmt.Printf("%.4f %.4f\n", deg(math.Atan2(1, 1)), deg(math.Acos(0.5)))
	s, c := math.Sincos(0.5)
	fmt.Printf("%.12f %.12f %.12f\n", s, c, s*s+c*c)
	// Points on a unit circle, rounded for display.
	for k := 0; k < 8; k++ {
		t := float64(k) * math.Pi / 4
		fmt.Printf("(%5.2f,%5.2f) ", math.Cos(t)+0, math.Sin(t)+0)
	}
	fmt.Println()
}
