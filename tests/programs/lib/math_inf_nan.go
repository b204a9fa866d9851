package main

import (
	"fmt"
	"math"
)

func main() {
	pinf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	fmt.Println(pinf, ninf, nan, math.Inf(0))
	fmt.Println(math.IsInf(pinf, 1), math.IsInf(pinf, -1), math.IsInf(pinf, 0), math.IsInf(ninf, 0), math.IsInf(1e308, 0))
	fmt.Println(math.IsNaN(nan), math.IsNaN(pinf), math.IsNaN(0))
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, pinf > math.MaxFloat64, ninf < -math.MaxFloat64)
	fmt.Println(pinf+ninf, pinf-pinf, pinf*0, 0*ninf, pinf*-1, pinf/pinf)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Println(math.Sqrt(-1), math.Log(-1), math.Log(0), math.Log(pinf), math.Exp(1000), math.Exp(-1000))
	fmt.Println(math.Max(nan, 1), math.Min(1, nan), math.Max(pinf, 1), math.Min(ninf, 1))
	fmt.Println(math.Abs(ninf), math.Floor(pinf), math.Ceil(ninf), math.Trunc(nan))
	big := math.MaxFloat64
	fmt.Println(big*2, -big*2, big+1 == big)
	negZero := math.Copysign(0, -1)
	fmt.Println(negZero, negZero == 0, math.Signbit(negZero), 1/negZero)
	fmt.Println(math.Mod(pinf, 1), math.Mod(1, 0), math.Mod(5, pinf))
	fmt.Println(math.Pow(0, -1), math.Pow(-8, 1.0/3), math.Pow(pinf, 0), math.Pow(nan, 0), math.Pow(1, nan))
	fmt.Println(math.Hypot(pinf, nan), math.Atan(pinf), math.Tanh(pinf))
	var f32 float32 = float32(pinf)
	fmt.Println(f32, math.IsInf(float64(f32), 1))
	vals := []float64{3, nan, 1, pinf, -2, ninf}
	count := 0
	for _, v := range vals {
		if !math.IsNaN(v) && !math.IsInf(v, 0) {
			count++
		}
	}
	fmt.Println("finite:", count)
}
