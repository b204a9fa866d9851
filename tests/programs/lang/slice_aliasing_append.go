package main

import "fmt"

func main() {
	base := make([]int, 3, 5)
	a := append(base, 10) // fits in capacity: shares storage
	b := append(base, 20) // overwrites a[3]
	fmt.Println("base:", base, "a:", a, "b:", b)
	a[0] = 99
	fmt.Println("after a[0]=99 base:", base, "b:", b)
	c := append(a, 1, 2) // exceeds cap 5: new array
	c[1] = -1
	fmt.Println("c:", c, "a:", a, "cap(c) >= 6:", cap(c) >= 6)

	s := []int{1, 2, 3, 4, 5}
	head := s[:2]
	head = append(head, 100) // overwrites s[2]
	fmt.Println("s:", s, "head:", head)

	// A full slice expression limits capacity so append copies.
	safe := s[:2:2]
	safe = append(safe, 200)
	fmt.Println("s:", s, "safe:", safe)

	// Function appending to a slice parameter does not change caller's len.
	grow := func(x []int) []int {
		x = append(x, 7)
		x[0] = 7
		return x
	}
	orig := make([]int, 1, 4)
	res := grow(orig)
	fmt.Println("orig:", orig, len(orig), "res:", res, len(res))
	orig2 := []int{0}
	res2 := grow(orig2)
	fmt.Println("orig2:", orig2, "res2:", res2)

	// self append
	x := []int{1, 2, 3}
	x = append(x, x...)
	fmt.Println("self append:", x)
	y := x[1:3]
	y = append(y, 0)
	fmt.Println("x after y append:", x, "y:", y)
}
