// Method values bound to a variable's address, called after the stack has
// grown; value-receiver method values copy the receiver.
package main

import "fmt"

type counter struct{ n int }

func (c *counter) add(k int) { c.n += k }
func (c counter) get() int   { return c.n }

//go:noinline
func grow(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return 0
	}
	return grow(n-1) + pad[n%64]
}

func run() int {
	var c counter
	add := c.add // holds &c
	get := c.get // holds a copy of c (n == 0)
	add(1)
	grow(2000)
	add(2)
	return c.n*10 + get()
}

func main() {
	fmt.Println(run())
	var cs [3]counter
	fs := []func(int){cs[0].add, cs[1].add, cs[2].add}
	for i, f := range fs {
		f(i + 1)
		grow(100 * i)
	}
	fmt.Println(cs)
}
