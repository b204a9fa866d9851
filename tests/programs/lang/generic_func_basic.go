package main

import "fmt"

func Identity[T any](x T) T { return x }

func Swap[A, B any](a A, b B) (B, A) { return b, a }

func Repeat[T any](x T, n int) []T {
	out := make([]T, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, x)
	}
	return out
}

func Last[T any](xs []T) (T, bool) {
	var zero T
	if len(xs) == 0 {
		return zero, false
	}
	return xs[len(xs)-1], true
}

func Ptr[T any](v T) *T { return &v }

func main() {
	fmt.Println(Identity(5), Identity("s"), Identity(2.5), Identity([]int{1}))
	fmt.Printf("%T %T\n", Identity(5), Identity[int64](5))
	b, a := Swap(1, "one")
	fmt.Println(b, a)
	fmt.Println(Repeat("ab", 3), Repeat(true, 2), len(Repeat(0, 0)))
	v, ok := Last([]string{"x", "y"})
	fmt.Println(v, ok)
	w, ok := Last([]float64{})
	fmt.Println(w, ok)
	p := Ptr(42)
	*p++
	fmt.Println(*p)
	type pt struct{ X, Y int }
	pp := Ptr(pt{1, 2})
	pp.X = 9
	fmt.Println(*pp)
	f := Identity[func() string]
	fmt.Println(f(func() string { return "generic func value" })())
}
