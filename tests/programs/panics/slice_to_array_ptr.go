package main

import "fmt"

func firstFour(xs []int) *[4]int {
	return (*[4]int)(xs)
}

func main() {
	p := firstFour([]int{1, 2, 3, 4, 5})
	fmt.Println(*p)
	q := firstFour([]int{1, 2})
	fmt.Println(*q)
}
