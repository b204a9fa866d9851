// Calling a pointer method on an addressable value takes its address
// implicitly; whether that moves the value depends on the method's tag.
package main

type Counter struct{ n int }

var sink *Counter

//go:noinline
func (c *Counter) Inc() { c.n++ }

//go:noinline
func (c *Counter) Keep() { sink = c }

//go:noinline
func (c Counter) Value() int { return c.n }

//go:noinline
func f() int {
	var a Counter
	a.Inc()
	var b Counter
	b.Keep()
	p := &Counter{}
	p.Inc()
	return a.Value() + b.Value() + p.Value()
}

func main() { println(f()) }
