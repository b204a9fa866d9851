// Variadic calls: the implicit ...T slice is an allocation of its own;
// passing xs... passes the slice itself.
package main

var sink []*int

//go:noinline
func count(xs ...int) int { return len(xs) }

//go:noinline
func keep(ps ...*int) { sink = ps }

//go:noinline
func first(ps ...*int) *int { return ps[0] }

func main() {
	println(count(1, 2, 3), count())
	xs := []int{4, 5}
	println(count(xs...))
	a, b := 1, 2
	keep(&a, &b)
	c := 3
	println(*first(&c))
	ps := []*int{&c}
	println(*first(ps...))
}
