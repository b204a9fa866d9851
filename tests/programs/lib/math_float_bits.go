package main

import (
	"fmt"
	"math"
)

func main() {
	for _, f := range []float64{0, 1, -1, 0.1, 2, math.Inf(1), math.Inf(-1), math.MaxFloat64, math.SmallestNonzeroFloat64} {
		b := math.Float64bits(f)
		fmt.Printf("%-24v %016x %v\n", f, b, math.Float64frombits(b) == f)
	}
	fmt.Printf("%016x\n", math.Float64bits(math.Copysign(0, -1)))
	fmt.Println(math.Float64frombits(0x7ff8000000000001), math.Float64frombits(0x3ff8000000000000))
	fmt.Println(math.Float64frombits(1), math.Float64frombits(0x8000000000000000))
	for _, f := range []float32{0, 1, -2.5, 0.1, math.MaxFloat32} {
		fmt.Printf("%v %08x\n", f, math.Float32bits(f))
	}
	fmt.Println(math.Float32frombits(0x40490fdb), math.Float32frombits(0x7f800000))
	fmt.Println(math.Signbit(-1), math.Signbit(1), math.Signbit(math.Copysign(0, -1)), math.Signbit(0), math.Signbit(math.Inf(-1)))
	fmt.Println(math.Copysign(3, -1), math.Copysign(-3, 1), math.Copysign(3, math.Copysign(0, -1)), math.Copysign(math.Inf(1), -2))
	for _, f := range []float64{8, 1, 0.5, 3, -10, 0, 1e-310, 1024} {
		frac, exp := math.Frexp(f)
		fmt.Printf("Frexp(%v) = %v, %d -> %v\n", f, frac, exp, math.Ldexp(frac, exp))
	}
	fmt.Println(math.Ldexp(1, 1023), math.Ldexp(1, 1024), math.Ldexp(1, -1074), math.Ldexp(1, -1075))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter(0, 1))
	fmt.Println(math.Logb(8), math.Ilogb(1000), math.Float64bits(1)>>52)
}
