package main

import "fmt"

type Seq[V any] func(yield func(V) bool)

func Range(lo, hi int) Seq[int] {
	return func(yield func(int) bool) {
		for i := lo; i < hi; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// Filter and Map compose iterators.
func Filter[V any](s Seq[V], keep func(V) bool) Seq[V] {
	return func(yield func(V) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[V, W any](s Seq[V], f func(V) W) Seq[W] {
	return func(yield func(W) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[V any](s Seq[V], n int) Seq[V] {
	return func(yield func(V) bool) {
		if n <= 0 {
			return
		}
		count := 0
		for v := range s {
			if !yield(v) {
				return
			}
			count++
			if count == n {
				return
			}
		}
	}
}

// Tree walk as an iterator (recursive).
type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) All(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.All(yield) && yield(t.Val) && t.Right.All(yield)
}

func (t *Tree) Walk() Seq[int] {
	return func(yield func(int) bool) { t.All(yield) }
}

func main() {
	for i := range Range(0, 3) {
		for j := range Range(0, i+1) {
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	evens := Filter(Range(0, 20), func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) string { return fmt.Sprint(n * n) })
	for s := range Take(squares, 5) {
		fmt.Print(s, " ")
	}
	fmt.Println()
	t := &Tree{&Tree{nil, &Tree{nil, nil, 3}, 2}, &Tree{nil, nil, 9}, 5}
	for v := range t.Walk() {
		fmt.Print(v, " ")
		if v == 5 {
			break
		}
	}
	fmt.Println()
	total := 0
	for v := range t.Walk() {
		total += v
	}
	fmt.Println("total:", total)
}
