// -m=2: method values and pointer-receiver methods.
package main

type C struct{ n int }

func (c *C) Inc() { c.n++ }

//go:noinline
func (c C) Get() int { return c.n }

var hook func()

//go:noinline
func bind() {
	var c C
	hook = c.Inc
}

//go:noinline
func localValue() int {
	var c C
	f := c.Get
	c.Inc()
	return f()
}

func main() {
	bind()
	hook()
	println(localValue())
}
