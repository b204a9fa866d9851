package main

import "fmt"

type Seq[V any] func(yield func(V) bool)

func FromSlice[V any](xs []V) Seq[V] {
	return func(yield func(V) bool) {
		defer fmt.Println("  iterator cleanup")
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

// find returns from inside the loop body; the iterator sees yield
// return false and its deferred cleanup still runs.
func find(xs []string, target string) (int, bool) {
	i := 0
	for x := range FromSlice(xs) {
		if x == target {
			return i, true
		}
		i++
	}
	return -1, false
}

// firstOver returns a value computed in the body, with a defer in the
// enclosing function that runs after the loop exits.
func firstOver(xs []int, limit int) (result int) {
	defer func() { fmt.Println("  firstOver deferred, result =", result) }()
	for x := range FromSlice(xs) {
		defer fmt.Println("  deferred inside loop body for", x) // runs when firstOver returns
		if x > limit {
			return x * 100
		}
	}
	return -1
}

func main() {
	fmt.Println(find([]string{"a", "b", "c"}, "b"))
	fmt.Println(find([]string{"a"}, "z"))
	fmt.Println(firstOver([]int{1, 5, 9, 12}, 4))
	fmt.Println(firstOver([]int{1}, 4))
}
