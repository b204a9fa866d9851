package main

import "fmt"

// float32 arithmetic rounds to 24-bit mantissa after every operation.

func main() {
	var f float32 = 16777216 // 2^24
	fmt.Println("2^24:", f, "+1:", f+1, "+2:", f+2)
	var a, b float32 = 0.1, 0.2
	fmt.Println("float32 0.1+0.2:", a+b, "== 0.3:", a+b == 0.3)
	fmt.Println("as float64:", float64(a+b), float64(a))
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println("sum of ten 0.1 (float32):", sum)
	var sum64 float64
	for i := 0; i < 10; i++ {
		sum64 += 0.1
	}
	fmt.Println("sum of ten 0.1 (float64):", sum64)
	x := float32(1) / 3
	fmt.Println("1/3 float32:", x, "float64(x):", float64(x))
	y := 1.0 / 3
	fmt.Println("1/3 float64:", y, "float32(y):", float32(y))
	big := float32(3.4e38)
	fmt.Println("big*10:", big*10, "-big*10:", -big*10)
	tiny := float32(1e-45)
	fmt.Println("tiny:", tiny, "tiny/2:", tiny/2)
	d := 123456789.0
	fmt.Println("float32(123456789):", float32(d), int64(float32(d)))
	var acc float32 = 1
	for i := 0; i < 5; i++ {
		acc = acc*1.1 + 0.01
		fmt.Println("acc:", acc)
	}
	fmt.Printf("%T %v %.10f\n", acc, acc, acc)
}
