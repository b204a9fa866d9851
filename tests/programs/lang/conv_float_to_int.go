package main

import "fmt"

// Converting float to integer truncates toward zero.

func main() {
	for _, f := range []float64{2.9, 2.1, -2.1, -2.9, 0.5, -0.5, 1e9 + 0.75, -1e15 - 0.5} {
		fmt.Printf("%v -> int %d, int64 %d\n", f, int(f), int64(f))
	}
	f := 300.7
	fmt.Println("to int16:", int16(f), "to int32:", int32(f))
	g := 200.9
	fmt.Println("to uint8:", uint8(g), "to uint16:", uint16(g))
	h := float32(-7.99)
	fmt.Println("float32 to int:", int(h), "to int8:", int8(h))
	big := 9.2e18
	fmt.Println("9.2e18 to int64:", int64(big), "to uint64:", uint64(big))
	u := 1.8e19
	fmt.Println("1.8e19 to uint64:", uint64(u))
	// int -> float can lose precision above 2^53
	n := int64(1<<53 + 1)
	fmt.Println("2^53+1 -> float64 -> int64:", int64(float64(n)))
	m := int32(16777217)
	fmt.Println("16777217 -> float32:", float32(m), int32(float32(m)))
	// Rounding has to be done by hand or with math.
	round := func(x float64) int {
		if x < 0 {
			return int(x - 0.5)
		}
		return int(x + 0.5)
	}
	fmt.Println("rounded:", round(2.5), round(-2.5), round(2.49))
}
