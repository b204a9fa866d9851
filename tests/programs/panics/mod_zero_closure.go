package main

import "fmt"

func main() {
	divisors := []int{3, 2, 0, 1}
	isMultiple := func(n, d int) bool {
		return n%d == 0
	}
	for _, d := range divisors {
		fmt.Println(12, d, isMultiple(12, d))
	}
}
