package main

import (
	"fmt"
	"strings"
)

type Writer interface {
	Write(s string) int
}

type upper struct{ out []string }

func (u *upper) Write(s string) int {
	u.out = append(u.out, strings.ToUpper(s))
	return len(s)
}

// CountingWriter embeds an interface: its Write is promoted and can be
// wrapped by a method of the same name on the outer type.
type CountingWriter struct {
	Writer
	n int
}

func (c *CountingWriter) Write(s string) int {
	c.n += len(s)
	return c.Writer.Write(s) // delegate to the embedded value
}

// Partial embeds the interface but overrides nothing.
type Partial struct {
	Writer
	tag string
}

func main() {
	u := &upper{}
	cw := &CountingWriter{Writer: u}
	var w Writer = cw
	w.Write("hello")
	w.Write("embedded")
	fmt.Println(u.out, cw.n)
	p := Partial{Writer: u, tag: "p"}
	p.Write("via partial")
	fmt.Println(u.out)
	// a nil embedded interface panics when its method is called
	var empty Partial
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		empty.Write("x")
	}()
	fmt.Println(empty.Writer == nil)
	fmt.Printf("%T %T\n", w, p.Writer)
}
