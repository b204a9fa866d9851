// Generic functions with composite literals and make: one instantiation
// (printed with its GC shapes) and a function instantiated with two shapes.
package main

type Box[T any] struct{ v T }

var keep any

//go:noinline
func Wrap[T any](v T) *Box[T] {
	return &Box[T]{v}
}

//go:noinline
func Fill[T any](n int, v T) []T {
	s := make([]T, n)
	for i := range s {
		s[i] = v
	}
	return s
}

//go:noinline
func Two[T any](v T) int {
	b := Box[T]{v}
	keep = &b
	return 1
}

func main() {
	p := Wrap(&struct{}{})
	s := Fill(3, "x")
	println(p != nil, len(s), Two(1), Two("a"))
}
