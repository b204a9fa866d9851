package main

import "fmt"

// The index error happens three calls below main, so the traceback has
// four frames of user code.
func pick(xs []int, i int) int {
	return xs[i]
}

func middle(xs []int, i int) int {
	fmt.Println("middle", i)
	return pick(xs, i) + 1
}

func outer(n int) int {
	xs := make([]int, n)
	return middle(xs, n)
}

func main() {
	fmt.Println("before")
	fmt.Println(outer(3))
	fmt.Println("not reached")
}
