package main

import "fmt"

// A 100M-iteration integer loop.
func main() {
	sum := 0
	for i := 0; i < 100_000_000; i++ {
		sum += i ^ (i >> 3)
	}
	fmt.Println(sum)
}
