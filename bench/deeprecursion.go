package main

import "fmt"

// Recursion to depth 1,000,000: the stack grows by copying.
func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	fmt.Println(depth(1_000_000))
}
