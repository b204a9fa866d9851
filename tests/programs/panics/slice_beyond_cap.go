package main

import "fmt"

func head(xs []int, n int) []int {
	return xs[:n]
}

func main() {
	xs := make([]int, 2, 4)
	fmt.Println(len(head(xs, 3)), cap(xs))
	fmt.Println(len(head(xs, 4)))
	fmt.Println(head(xs, 5))
}
