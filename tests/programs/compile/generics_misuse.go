package main

import "fmt"

type Box[T any] struct{ v T }

func Map[T, U any](xs []T, f func(T) U) []U {
	return nil
}

func main() {
	var b Box
	fmt.Println(b)
	fmt.Println(Map[int, string, bool](nil, nil))
	var c Box[int, int]
	fmt.Println(c)
}
