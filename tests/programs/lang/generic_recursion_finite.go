package main

import "fmt"

func h[T any](n int, x T) int {
	if n == 0 {
		return 0
	}
	return h[T](n-1, x) + h(n-1, x)
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

func swap[K comparable, V comparable](p Pair[K, V]) Pair[V, K] { return Pair[V, K]{p.v, p.k} }

func main() {
	fmt.Println(h(3, "x"), swap(swap(Pair[int, string]{1, "a"})))
}
