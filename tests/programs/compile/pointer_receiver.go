package main

import "fmt"

type Counter interface {
	Inc()
	Value() int
}

type C struct{ n int }

func (c *C) Inc()      { c.n++ }
func (c C) Value() int { return c.n }

func main() {
	var k Counter = C{}
	k.Inc()
	fmt.Println(k.Value())
}
