package main

import (
	"fmt"
	"strconv"
)

func pair() (int, error) { return 7, nil }

func main() {
	a := 1
	fmt.Println("a:", a)
	a, b := 2, 3 // a assigned, b declared
	fmt.Println("a b:", a, b)
	n, err := strconv.Atoi("12")
	fmt.Println(n, err)
	m, err := strconv.Atoi("x") // err reused
	fmt.Println(m, err)
	n, err = pair()
	fmt.Println(n, err)
	// in a new scope, := declares fresh variables even with the same names
	if n, err := strconv.Atoi("99"); err == nil {
		fmt.Println("inner n:", n)
	}
	fmt.Println("outer n:", n)
	// multiple types in one short declaration
	i, f, s, ok := 1, 2.5, "str", true
	fmt.Printf("%T %T %T %T\n", i, f, s, ok)
	// swapping with := on the left side of existing + new
	x, y := 10, 20
	y, z := x, y
	fmt.Println(x, y, z)
	// var declarations with and without types
	var (
		p          = 3
		q    int64 = 4
		r, t       = "r", 't'
	)
	var u, v, w int
	fmt.Println(p, q, r, t, u, v, w)
	fmt.Printf("%T %T %T\n", q, r, t)
	for i, j := 0, 10; i < j; i, j = i+3, j-3 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
}
