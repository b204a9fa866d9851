package main

import (
	"fmt"
	"math"
)

// Constant float arithmetic is exact; run-time float64 arithmetic is not.

const exact = 0.1 + 0.2

func main() {
	fmt.Println("const 0.1+0.2 == 0.3:", exact == 0.3)
	a, b := 0.1, 0.2
	fmt.Println("runtime 0.1+0.2 == 0.3:", a+b == 0.3)
	fmt.Println("runtime 0.1+0.2 =", a+b)
	fmt.Println("const sum =", exact)

	const third = 1.0 / 3
	fmt.Println("third*3 == 1:", third*3 == 1)
	x := 1.0
	y := x / 3
	fmt.Println("runtime third*3 =", y*3)

	const big = 1e300 * 1e300 / 1e300 // intermediate exceeds float64 range
	fmt.Println("1e300*1e300/1e300 =", big)

	const pi2 = math.Pi * 2
	fmt.Println("2pi =", pi2)
	fmt.Printf("%.20f\n", math.Pi)

	const f = 3.0 // untyped float that is an integer value
	var i int = f
	fmt.Println("float const to int:", i)

	const half = 0.5
	fmt.Println(half*4, half+1, 10*half)
	var f32 float32 = 0.1
	fmt.Println("float32(0.1) as float64:", float64(f32))
	fmt.Println(1e6, 1e21, 1e-7, 123456789.0)
	fmt.Println(float32(1e6), float32(16777217))
}
