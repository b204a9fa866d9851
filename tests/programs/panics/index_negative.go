package main

import "fmt"

func offset(base, delta int) int {
	return base + delta
}

func main() {
	xs := []string{"a", "b", "c"}
	i := offset(1, -2)
	fmt.Println("index", i)
	fmt.Println(xs[i])
}
