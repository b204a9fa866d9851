package main

import "fmt"

// Seq and Seq2 mirror iter.Seq / iter.Seq2 without importing iter.
type Seq[V any] func(yield func(V) bool)
type Seq2[K, V any] func(yield func(K, V) bool)

func Count(n int) Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate[T any](xs []T) Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

// A plain function (no named type) works as a range expression as well.
func letters(yield func(string) bool) {
	for _, s := range []string{"a", "b", "c"} {
		fmt.Println("  producing", s)
		if !yield(s) {
			fmt.Println("  consumer stopped")
			return
		}
	}
	fmt.Println("  producer done")
}

func noArgs(yield func() bool) {
	for i := 0; i < 2; i++ {
		if !yield() {
			return
		}
	}
}

func main() {
	for i := range Count(4) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, s := range Enumerate([]string{"x", "y"}) {
		fmt.Println(i, s)
	}
	for l := range letters {
		fmt.Println("got", l)
	}
	n := 0
	for range noArgs {
		n++
	}
	fmt.Println("noArgs iterations:", n)
	for i := range Enumerate([]float64{1.5, 2.5}) { // only the key
		fmt.Print(i, " ")
	}
	fmt.Println()
	sum := 0
	for v := range Count(101) {
		sum += v
	}
	fmt.Println("sum:", sum)
}
