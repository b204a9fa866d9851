package main

import (
	"errors"
	"fmt"
	"strconv"
)

// The classic shadowed-err pitfall and := redeclaration rules.

func parseBoth(a, b string) (int, error) {
	x, err := strconv.Atoi(a)
	if err != nil {
		return 0, err
	}
	if true {
		// This err is a new variable that shadows the outer one.
		y, err := strconv.Atoi(b)
		if err != nil {
			fmt.Println("  inner err:", err)
		}
		x += y
	}
	// outer err is still nil here
	return x, err
}

func main() {
	v, err := parseBoth("10", "20")
	fmt.Println("ok case:", v, err)
	v, err = parseBoth("10", "zz")
	fmt.Println("shadowed case:", v, err)
	v, err = parseBoth("q", "1")
	fmt.Println("outer case:", v, err)

	a, b := 1, 2
	b, c := 3, 4 // b reused, c new
	fmt.Println("a b c:", a, b, c)

	e1 := errors.New("first")
	e1, e2 := errors.New("second"), errors.New("third")
	fmt.Println(e1, e2)
}
