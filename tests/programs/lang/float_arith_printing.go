package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.5, 1.0 / 3, 2.0 / 3, 100, 1e20, 1e21, 1e-4, 1e-5, 123456.789, 1234567890123, math.Pi * 1e10}
	for _, v := range vals {
		fmt.Println(v, float32(v))
	}
	a, b := 7.0, 2.0
	fmt.Println("ops:", a+b, a-b, a*b, a/b)
	fmt.Println("mod:", math.Mod(7, 2), math.Mod(-7, 2))
	x := 0.0
	for i := 1; i <= 5; i++ {
		x += float64(i) / 10
		fmt.Println("x =", x)
	}
	fmt.Println(3/2, 3.0/2, float64(3)/2)
	fmt.Printf("%v %g %.3f %e %6.2f|\n", 1234.5678, 1234.5678, 1234.5678, 1234.5678, 3.14159)
	h := 1e308
	fmt.Println(h*10, -h*10)
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5), math.Floor(2.7), math.Hypot(3, 4))
	var f float64 = 1 << 53
	fmt.Println(f, f+1, f+2)
	fmt.Println(float64(1<<62), float32(1<<62))
}
