package main

import "fmt"

type P struct {
	X, Y int
}

func main() {
	a := P{X: 1, Z: 2}
	b := P{1}
	c := P{X: 1, 2}
	d := P{1, 2, 3}
	fmt.Println(a, b, c, d)
}
