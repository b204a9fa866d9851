package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	sum := Reduce(squares, 0, func(a, n int) int { return a + n })
	fmt.Println(evens, squares, sum)
	strs := Map(nums, strconv.Itoa)
	fmt.Printf("%q\n", strs)
	joined := Reduce(strs, "", func(a string, s string) string { return a + s })
	fmt.Println(joined, len(joined))
	lens := Map([]string{"go", "rust", "c"}, func(s string) int { return len(s) })
	fmt.Println(lens)
	fmt.Println(Filter([]string{"a", "", "b"}, func(s string) bool { return s != "" }))
	fmt.Println(Filter([]int{}, func(int) bool { return true }) == nil)
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	g := GroupBy(words, func(w string) int { return len(w) })
	fmt.Println(g)
	avg := Reduce(nums, 0.0, func(a float64, n int) float64 { return a + float64(n)/float64(len(nums)) })
	fmt.Printf("%.2f\n", avg)
	chained := Reduce(Map(Filter(words, func(w string) bool { return len(w) > 3 }), strings.ToUpper), []string{}, func(a []string, w string) []string { return append([]string{w}, a...) })
	fmt.Println(chained)
}
