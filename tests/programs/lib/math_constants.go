package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Phi)
	fmt.Println(math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi)
	fmt.Println(math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Printf("%.20f\n%.20f\n", math.Pi, math.E)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint32))
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint16, math.MaxInt8)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Printf("%T %T\n", math.MaxFloat64, float32(math.MaxFloat32))
	var f32 float32 = math.Pi
	fmt.Println(f32, float64(f32))
	const tau = 2 * math.Pi
	fmt.Println(tau, tau/4)
	scaled := math.Pi * 1e10
	fmt.Println(scaled, int64(scaled))
	var x uint64 = math.MaxUint64
	fmt.Println(x, x>>32, uint32(x))
}
