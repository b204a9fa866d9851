package main

import "fmt"

func buffer(n int) []int {
	return make([]int, n)
}

func main() {
	fmt.Println(len(buffer(3)))
	fmt.Println(len(buffer(0)))
	fmt.Println(len(buffer(-1)))
}
