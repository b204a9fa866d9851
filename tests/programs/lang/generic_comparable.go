package main

import "fmt"

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Dedup[T comparable](xs []T) []T {
	seen := map[T]bool{}
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func CountAll[T comparable](xs []T) map[T]int {
	m := make(map[T]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

type Point struct{ X, Y int }

func Equal[T comparable](a, b T) bool { return a == b }

func main() {
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]int{1, 2}, 5))
	fmt.Println(Index([]Point{{1, 2}, {3, 4}}, Point{3, 4}))
	fmt.Println(Dedup([]int{3, 1, 3, 2, 1}), Dedup([]string{"x", "x"}))
	fmt.Println(CountAll([]string{"a", "b", "a"}))
	fmt.Println(CountAll([]Point{{0, 0}, {0, 0}, {1, 1}}))
	fmt.Println(Equal([2]int{1, 2}, [2]int{1, 2}), Equal(Point{}, Point{1, 0}))
	// interfaces satisfy comparable (Go 1.20+); comparing can panic at run time
	fmt.Println(Equal[any](1, 1), Equal[any](1, "1"))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(Equal[any]([]int{}, []int{}))
	}()
	var e1, e2 error
	fmt.Println(Equal(e1, e2))
}
