package main

import (
	"fmt"
	"math"
)

// Exact results are printed in full; inexact transcendental results with 12
// significant digits (see math_transcendental_full_precision.go for all bits).
func main() {
	for _, x := range []float64{0, 1, 2, 4, 10, 0.25, 1e10, 2e-10} {
		fmt.Printf("Sqrt(%v)=%v Cbrt=%.12g\n", x, math.Sqrt(x), math.Cbrt(x))
	}
	fmt.Println(math.Cbrt(-27), math.Cbrt(8), math.Sqrt(math.MaxFloat64))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(2, -2), math.Pow(-2, 3), math.Pow(-2, 0.5))
	fmt.Println(math.Pow(10, 309), math.Pow(0, 0), math.Pow(3, 4), math.Pow(0.5, 3), math.Pow(-1, 1e20))
	fmt.Printf("%.12g %.12g\n", math.Pow(10, 308), math.Pow(1.0001, 10000))
	fmt.Println(math.Pow10(3), math.Pow10(-3), math.Pow10(400), math.Pow10(-400))
	fmt.Println(math.Exp(0), math.Exp2(10), math.Exp2(-1), math.Log(1), math.Log2(8), math.Log2(1024), math.Log2(0.125))
	fmt.Printf("%.12g %.12g %.12g %.12g\n", math.Exp(1), math.Exp(-1), math.Exp(10), math.Expm1(1e-10))
	fmt.Printf("%.12g %.12g %.12g\n", math.Log(math.E), math.Log(10), math.Log(0.5))
	fmt.Printf("%.12g %.12g\n", math.Log2(3), math.Log1p(1e-10))
	fmt.Printf("%.12g %.12g %.12g\n", math.Log10(1000), math.Log10(0.001), math.Log10(2))
	fmt.Printf("%.12f %.12f\n", math.Exp(math.Log(42)), math.Pow(math.Sqrt(2), 2))
	r := 1000.0
	for year := 1; year <= 3; year++ {
		r *= 1.05
		fmt.Printf("year %d: %.4f\n", year, r)
	}
	fmt.Printf("%.6f %.6f\n", 1000*math.Pow(1.05, 3), math.Log(2)/math.Log(1.05))
	fmt.Println(math.Sqrt(16) == 4, math.Sqrt(2)*math.Sqrt(2) == 2)
}
