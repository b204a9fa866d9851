// Method values: the closure object is the allocation; the receiver flows to
// the method's receiver parameter and into the closure.
package main

type C struct{ n int }

//go:noinline
func (c *C) Inc() { c.n++ }

//go:noinline
func (c C) Get() int { return c.n }

//go:noinline
func run(f func()) { f() }

var sinkF func()

//go:noinline
func f() {
	c := C{}
	run(c.Inc)
	g := c.Get
	println(g())
	d := C{}
	sinkF = d.Inc
}

func main() { f() }
