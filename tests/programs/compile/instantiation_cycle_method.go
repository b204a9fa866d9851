package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) Wrap() any {
	return Box[[]T]{}.Wrap()
}

func g[T any](x T) T { return g[T](x) }

func main() {
	fmt.Println(Box[int]{}.Wrap())
	_ = g[int]
}
