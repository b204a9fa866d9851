package main

import "fmt"

func main() {
	xs := make([]int, 5, 8)
	i, j, k := 1, 4, 3
	fmt.Println("slicing", i, j, k)
	// j > k: the middle index exceeds the capacity bound.
	ys := xs[i:j:k]
	fmt.Println(ys)
}
