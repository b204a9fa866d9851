// Multi-valued calls and assignments: each value flows to its destination.
package main

var sink *int

//go:noinline
func two(a, b *int) (*int, *int) { return a, b }

//go:noinline
func pass(p, q *int) int { return *p + *q }

//go:noinline
func f() int {
	x, y := 1, 2
	p, q := two(&x, &y)
	sink = q
	return *p
}

//go:noinline
func g() int {
	u, v := 3, 4
	return pass(two(&u, &v))
}

//go:noinline
func h() (*int, *int) {
	w, z := 5, 6
	return two(&w, &z)
}

func main() {
	a, b := h()
	println(f(), g(), *a+*b)
}
