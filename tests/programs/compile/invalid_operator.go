package main

import "fmt"

type P struct{ X, Y int }

func main() {
	x := 5
	fmt.Println(!x)
	s := "abc"
	fmt.Println(-s)
	a, b := P{1, 2}, P{3, 4}
	fmt.Println(a < b)
	fmt.Println(x && true)
}
