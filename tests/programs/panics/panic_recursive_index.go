package main

import "fmt"

// sum walks the slice recursively and reads one element too far.
func sum(xs []int, i int) int {
	if i > len(xs) {
		return 0
	}
	return xs[i] + sum(xs, i+1)
}

func main() {
	fmt.Println("sum of 1..3")
	fmt.Println(sum([]int{1, 2, 3}, 0))
}
