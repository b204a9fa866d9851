package main

import "fmt"

type Shape interface {
	Area() int
}

type Square struct{ side int }

func (s Square) Area() int { return s.side * s.side }

// total asserts each element to Shape; the nil element fails.
func total(items []interface{}) int {
	sum := 0
	for _, it := range items {
		sum += it.(Shape).Area()
		fmt.Println("running total", sum)
	}
	return sum
}

func main() {
	fmt.Println(total([]interface{}{Square{2}, nil, Square{3}}))
}
