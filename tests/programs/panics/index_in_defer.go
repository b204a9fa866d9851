package main

import "fmt"

func run(xs []int, n int) {
	// The deferred function runs when run returns normally and then panics.
	defer func() {
		fmt.Println("deferred reads", n)
		fmt.Println(xs[n])
	}()
	fmt.Println("run body", len(xs))
}

func main() {
	run([]int{1, 2}, 1)
	run([]int{1, 2}, 2)
	fmt.Println("not reached")
}
