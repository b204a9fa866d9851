// -m=2: closures report how they capture each variable (by value or by
// reference, with the reasons), and why a captured variable moves.
package main

var sink func() int

type Big struct{ a [20]int }

//go:noinline
func byValue() {
	x := 1
	sink = func() int { return x }
}

//go:noinline
func byRef() {
	y := 1
	sink = func() int { y++; return y }
}

//go:noinline
func big() int {
	var b Big
	f := func() int { return b.a[3] }
	return f()
}

//go:noinline
func local() int {
	n := 5
	inc := func() { n++ }
	inc()
	return n
}

func main() {
	byValue()
	byRef()
	println(big(), local(), sink())
}
