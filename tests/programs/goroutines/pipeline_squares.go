// A pipeline: gen -> square -> sum. Each stage is a goroutine that owns its
// output channel and closes it when done. A single chain keeps the order.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func addOne(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n + 1
		}
	}()
	return out
}

func main() {
	for v := range square(gen(1, 2, 3, 4, 5)) {
		fmt.Println(v)
	}
	// Stages compose: square twice, then add one.
	total := 0
	for v := range addOne(square(square(gen(1, 2, 3)))) {
		fmt.Print(v, " ")
		total += v
	}
	fmt.Println()
	fmt.Println("total:", total)
}
