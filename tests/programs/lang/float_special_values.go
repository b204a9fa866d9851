package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	nan := math.NaN()
	fmt.Println(inf, ninf, nan)
	fmt.Println("inf+1:", inf+1, "inf-inf:", inf-inf, "inf*0:", inf*0)
	fmt.Println("nan==nan:", nan == nan, "nan!=nan:", nan != nan, "nan<1:", nan < 1, "nan>1:", nan > 1)
	zero := 0.0
	fmt.Println("1/0:", 1/zero, "-1/0:", -1/zero, "0/0:", zero/zero)
	negz := math.Copysign(0, -1)
	fmt.Println("negative zero:", negz, "== 0:", negz == 0, "signbit:", math.Signbit(negz))
	fmt.Println("1/-0:", 1/negz)
	fmt.Println("-zero literal:", -zero, math.Signbit(-zero))
	fmt.Println("IsNaN:", math.IsNaN(nan), "IsInf:", math.IsInf(inf, 1), math.IsInf(ninf, -1))
	fmt.Println("max float64:", math.MaxFloat64, "smallest:", math.SmallestNonzeroFloat64)
	fmt.Println("max float32:", math.MaxFloat32)
	mx := math.MaxFloat64
	fmt.Println("max*2:", mx*2, "-max*2:", -mx*2)
	var f32inf float32 = float32(inf)
	fmt.Println("float32 inf:", f32inf, float32(nan))
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println("NaN keys:", len(m))
	fmt.Println("min/max with NaN:", min(1.0, nan), max(nan, 2.0))
	fmt.Println("min(-0,0):", min(negz, 0.0), "max(-0,0):", max(negz, 0.0))
	fmt.Println(math.Sqrt(-1), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5))
}
