package main

import (
	"fmt"
	"math"
)

// Every bit of Go's transcendental functions, printed with the shortest
// representation that round-trips. A VM passes only if it reproduces Go's own
// algorithms (these can differ from the C library in the last place).
func main() {
	args := []float64{0.5, 1, 2, 3, 10, 100, 1e-5, math.Pi, math.Pi / 2, 2 * math.Pi}
	for _, x := range args {
		fmt.Println("x", x)
		fmt.Println("  sin cos tan", math.Sin(x), math.Cos(x), math.Tan(x))
		fmt.Println("  exp log log2 log10", math.Exp(x), math.Log(x), math.Log2(x), math.Log10(x))
		fmt.Println("  atan sqrt cbrt", math.Atan(x), math.Sqrt(x), math.Cbrt(x))
		fmt.Println("  pow(x,1.5) pow(1.5,x)", math.Pow(x, 1.5), math.Pow(1.5, x))
	}
	fmt.Println(math.Atan2(1, 2), math.Atan2(-3, -4), math.Hypot(1e200, 1e200))
	fmt.Println(math.Pow(10, 308), math.Pow(1.0001, 10000), math.Pow(2, 0.1))
	fmt.Println(math.Exp(-745), math.Exp(709), math.Log(math.MaxFloat64))
	fmt.Println(math.Asin(0.3), math.Acos(0.3), math.Sinh(2), math.Cosh(2), math.Tanh(2))
	fmt.Println(math.Expm1(0.5), math.Log1p(0.5), math.Exp2(0.5))
}
