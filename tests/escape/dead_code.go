// Code Go's front end drops is never analyzed: statements after a return,
// branches of constant conditions.
package main

var sink *int

const debug = false

//go:noinline
func f() int {
	x := 1
	if debug {
		sink = &x
	}
	return x
}

//go:noinline
func g() int {
	y := 2
	return y
	sink = &y
	return 0
}

//go:noinline
func h() int {
	z := 3
	if !debug {
		return z
	} else {
		sink = &z
	}
	return 0
}

func main() { println(f(), g(), h()) }
