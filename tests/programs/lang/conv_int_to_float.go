package main

import "fmt"

func main() {
	ints := []int64{0, 1, -1, 1 << 24, 1<<24 + 1, 1 << 53, 1<<53 + 1, 1<<62 + 1, -1 << 63}
	for _, n := range ints {
		fmt.Println(n, "->", float64(n), float32(n))
	}
	var u uint64 = 1<<64 - 1
	fmt.Println("max uint64 -> float64:", float64(u), "float32:", float32(u))
	var u8 uint8 = 255
	fmt.Println("uint8 -> float:", float64(u8)/2)
	var i8 int8 = -128
	fmt.Println("int8 -> float:", float32(i8)*1.5)
	// Mixed arithmetic needs explicit conversion.
	count := 3
	total := 10.0
	fmt.Println("avg:", total/float64(count))
	fmt.Println("int of avg:", int(total)/count)
	var f32 float32 = 0.1
	fmt.Println("float32 -> float64:", float64(f32))
	f64 := 0.1
	fmt.Println("float64 -> float32 -> float64:", float64(float32(f64)))
	fmt.Println("float32 exact back:", float32(float64(f32)) == f32)
}
