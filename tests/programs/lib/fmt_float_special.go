package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	pinf := math.Inf(1)
	ninf := math.Inf(-1)
	negz := math.Copysign(0, -1)
	for _, v := range []float64{nan, pinf, ninf, negz} {
		fmt.Printf("%v|%f|%e|%g|%G|%.2f|%8.2f|%-8v|%+v|%08.2f|% f\n", v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Println(nan, pinf, ninf, negz)
	fmt.Println(float32(pinf), float32(negz))
	fmt.Printf("%x %X %b\n", pinf, nan, negz)
	fmt.Println("-- extremes")
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Printf("%e %e\n", math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%g %g\n", 1e308, 4.9e-324)
	fmt.Printf("%.3g %.20g\n", 1e-300, 0.1)
	fmt.Printf("%f\n", 1e30)
	fmt.Printf("%.30f\n", 1e-20)
	fmt.Println(1e-320, 2.5e-310, 1.7976931348623157e308)
	fmt.Println(float32(1e38), float32(1e-45), float32(16777217))
	big := math.MaxFloat64
	tiny := math.SmallestNonzeroFloat64
	fmt.Printf("%v %v %v\n", tiny/2, -big*10, big+big)
	fmt.Println(123e-5, 1e+06, 1e+07*3)
}
