package main

import (
	"fmt"
	"strconv"
)

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	if v, err := strconv.Atoi("123"); err != nil {
		fmt.Println("error", err)
	} else if v > 100 {
		fmt.Println("big", v) // v visible in all branches
	} else {
		fmt.Println("small", v)
	}
	m := map[string]int{"a": 1}
	if v, ok := m["a"]; ok {
		fmt.Println("found", v)
	}
	if v, ok := m["b"]; !ok {
		fmt.Println("missing, zero:", v)
	}
	x := 5
	if x := x * 2; x > 8 {
		fmt.Println("shadowed x:", x)
	}
	fmt.Println("outer x:", x)
	if y := 1; false {
		fmt.Println("never")
	} else if z := y + 1; z == 2 {
		fmt.Println("y and z:", y, z)
	}
	if func() bool { return true }() {
		fmt.Println("func call condition")
	}
	var err error
	if err = fmt.Errorf("assigned in init"); err != nil {
		fmt.Println(err)
	}
	fmt.Println("err still set:", err)
}
