package main

import (
	"fmt"
	"math"
)

type Score int

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(5), max(-5))
	fmt.Println(min(2.5, 1.5), max(2.5, 1))
	x, y := 10, 20
	fmt.Println(min(x, y), max(x, y), min(x, 15, y))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	fmt.Println(min("", "a"), max("a", "ab"))
	var s1, s2 Score = 7, 3
	m := max(s1, s2)
	fmt.Printf("%v %T\n", m, m)
	var i8 int8 = -128
	fmt.Println(min(i8, 0), max(i8, 127))
	var u uint = 5
	fmt.Println(min(u, 3), max(u, 100))
	f := 0.5
	fmt.Println(min(f, 1), max(f, -1), min(1, f, 0.25))
	fmt.Println(min(math.Inf(1), 1e308), max(math.Inf(-1), -1e308))
	fmt.Println(min(math.NaN(), 1), max(1, math.NaN()))
	const c = min(1, 2.5, 'a') // constant expression
	fmt.Printf("%v %T\n", c, c)
	const cs = max("x", "xy")
	fmt.Println(cs)
	nums := []int{4, 8, 1, 9}
	lo, hi := nums[0], nums[0]
	for _, n := range nums {
		lo, hi = min(lo, n), max(hi, n)
	}
	fmt.Println(lo, hi)
}
