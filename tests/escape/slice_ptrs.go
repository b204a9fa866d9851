// Slices of pointers: a slice literal's elements flow into its backing
// array; storing through a slice element is a store to the heap.
package main

var sink []*int

//go:noinline
func lit() int {
	a, b := 1, 2
	s := []*int{&a, &b}
	return *s[0] + *s[1]
}

//go:noinline
func store(s []*int) {
	x := 3
	s[0] = &x
}

//go:noinline
func keep() {
	c := 4
	sink = []*int{&c}
}

//go:noinline
func arr() int {
	d := 5
	var a [2]*int
	a[0] = &d
	return *a[0]
}

func main() {
	println(lit(), arr())
	store(make([]*int, 1))
	keep()
}
