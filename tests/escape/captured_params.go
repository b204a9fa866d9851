// Closures capturing parameters and results: a captured parameter that the
// escaping closure writes moves to the heap.
package main

//go:noinline
func adder(base int) func(int) int {
	return func(d int) int {
		base += d
		return base
	}
}

//go:noinline
func reader(p *int) func() int {
	return func() int { return *p }
}

//go:noinline
func withResult() (r int) {
	set := func() {
		r = 5
	}
	set()
	return
}

func main() {
	x := 7
	println(adder(1)(2), reader(&x)(), withResult())
}
