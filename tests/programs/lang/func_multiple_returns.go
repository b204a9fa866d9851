package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func safeDiv(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func swap(a, b string) (string, string) { return b, a }

func three() (int, string, bool) { return 1, "two", true }

func passThrough(a, b int) (int, int) { return divmod(a, b) }

func sum2(a, b int) int { return a + b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	if v, err := safeDiv(10, 0); err != nil {
		fmt.Println("error:", err, v)
	}
	v, err := safeDiv(10, 3)
	fmt.Println(v, err)
	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(three())
	fmt.Println(passThrough(9, 4))
	// f(g()) where g returns multiple values
	fmt.Println(sum2(divmod(23, 7)))
	n, s, ok := three()
	fmt.Println(n, s, ok)
	// assign multi-return into existing vars and struct fields
	var pair struct{ q, r int }
	pair.q, pair.r = divmod(100, 7)
	fmt.Printf("%+v\n", pair)
	arr := make([]int, 2)
	arr[0], arr[1] = divmod(50, 6)
	fmt.Println(arr)
}
