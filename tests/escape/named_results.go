// Named results: the address of a named result, a deferred closure that
// modifies it, and results of a closure.
package main

//go:noinline
func addr() (r int, p *int) {
	p = &r
	*p = 3
	return
}

//go:noinline
func deferred() (n int) {
	defer func() { n *= 2 }()
	n = 4
	return n
}

//go:noinline
func makeAdder(base int) func(int) int {
	return func(d int) int { return base + d }
}

func main() {
	r, p := addr()
	println(r, *p, deferred(), makeAdder(1)(2))
}
