// A pipeline: each stage is a goroutine that reads from one channel and
// writes to the next; closing a channel tells the next stage to finish.
package main

import "fmt"

func generate(nums ...int) <-chan int {
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

func main() {
	for v := range square(square(generate(1, 2, 3, 4))) {
		fmt.Println(v)
	}
}
