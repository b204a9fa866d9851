// Nested closures: an outer variable used by an inner closure is captured by
// every closure in between.
package main

//go:noinline
func tick() {}

//go:noinline
func outer() func() func() int {
	x := 0
	return func() func() int {
		y := 1
		return func() int {
			x++
			return x + y
		}
	}
}

//go:noinline
func local() int {
	a := 1
	f := func() int {
		// Calls keep this closure from being inlined by Go.
		tick()
		tick()
		g := func() int { a++; return a }
		return g()
	}
	return f()
}

func main() {
	println(outer()()(), local())
}
