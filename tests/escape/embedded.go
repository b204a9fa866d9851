// Embedded fields: promoted fields and methods go through the embedded
// value (or pointer), as the implicit selections Go prints show.
package main

type Inner struct{ n int }

//go:noinline
func (i *Inner) Bump() { i.n++ }

type Outer struct {
	Inner
	name string
}

type Wrap struct {
	*Inner
}

var sinkI interface{}
var sinkF func()

//go:noinline
func f() int {
	var o Outer
	o.Bump()
	sinkI = o.n
	w := Wrap{&Inner{}}
	w.Bump()
	sinkF = w.Bump
	return o.n + w.n
}

func main() { println(f()) }
