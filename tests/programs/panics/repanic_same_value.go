package main

import "fmt"

func safeIndex(xs []int, i int) int {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("cleanup after:", r)
			panic(r) // re-panic with the same runtime error
		}
	}()
	return xs[i]
}

func main() {
	fmt.Println(safeIndex([]int{1, 2, 3}, 1))
	fmt.Println(safeIndex([]int{1, 2, 3}, 5))
}
