// Closures called where they are defined: the callee is known, so its
// parameters and results take part in the caller's analysis directly.
package main

//go:noinline
func tick() {}

var sink *int

//go:noinline
func f() int {
	x := 1
	id := func(p *int) *int {
		tick()
		tick()
		return p
	}
	q := id(&x)
	y := 2
	keep := func(p *int) {
		tick()
		tick()
		sink = p
	}
	keep(&y)
	return *q
}

//go:noinline
func g() int {
	u := 3
	r := func(p *int) *int {
		tick()
		tick()
		return p
	}(&u)
	return *r
}

func main() { println(f(), g()) }
