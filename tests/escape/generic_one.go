// A generic function instantiated once (one GC shape): reported at the
// generic function's positions.
package main

//go:noinline
func Ptr[T any](v T) *T { return &v }

//go:noinline
func First[T any](xs []T) T { return xs[0] }

func main() {
	println(*Ptr(1), First([]int{4, 5}))
}
