package main

import (
	"fmt"
	"os"
)

func total(xs []int) int {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return sum, nil
}

func main() {
	nums := []int{1, 2, 3}
	avg := total(nums) / len("x", nums)
	fmt.Println(total(nums) + "!")
}
