package main

import (
	"fmt"
	"strconv"
)

var _ = register("blank package var initializer still runs")

func register(s string) int {
	fmt.Println("register:", s)
	return 0
}

type T struct {
	A int
	_ int // blank field: takes space, can't be named
	B int
}

func pair() (int, string) { return 7, "seven" }

func (T) _() {} // blank method is allowed and ignored

func main() {
	_, s := pair()
	fmt.Println("kept second:", s)
	n, _ := pair()
	fmt.Println("kept first:", n)

	_, err := strconv.Atoi("x12")
	fmt.Println("only error:", err)

	sum := 0
	for _, v := range []int{3, 4, 5} {
		sum += v
	}
	fmt.Println("sum:", sum)

	for i := range 3 {
		_ = i
	}

	t := T{A: 1, B: 2}
	fmt.Printf("%+v\n", t)

	var _ int = 5 // blank local var
	_ = fmt.Sprint("discarded")

	a, _, c := 1, 2, 3
	fmt.Println("a c:", a, c)

	m := map[string]int{"k": 1}
	_, ok := m["k"]
	fmt.Println("present:", ok)
}
