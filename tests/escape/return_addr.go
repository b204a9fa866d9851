// Returning the address of a local moves it to the heap; a returned &T{}
// escapes.
package main

type T struct{ a, b int }

//go:noinline
func newInt() *int {
	x := 42
	return &x
}

//go:noinline
func newT() *T {
	return &T{1, 2}
}

//go:noinline
func newTs(n int) (*T, *T) {
	t := T{n, n}
	return &t, &T{b: n}
}

func main() {
	a, b := newTs(3)
	println(*newInt(), newT().a, a.a, b.b)
}
