package main

import "fmt"

func limit(xs []int, j, k int) []int {
	return xs[:j:k]
}

func main() {
	xs := make([]int, 3, 4)
	ys := limit(xs, 2, 3)
	fmt.Println(len(ys), cap(ys))
	zs := limit(xs, 2, 6)
	fmt.Println(len(zs), cap(zs))
}
