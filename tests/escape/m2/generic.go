// -m=2: a generic function instantiated with a pointer type.
package main

var sink any

//go:noinline
func Keep[T any](v T) {
	sink = v
}

//go:noinline
func Id[T any](v T) T {
	return v
}

func main() {
	x := 1
	Keep(&x)
	y := 2
	println(*Id(&y))
	Keep(3)
}
