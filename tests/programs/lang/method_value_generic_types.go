// Method values of generic types created inside generic functions that are
// instantiated with several type arguments: each method value's wrapper
// must use the receiver's type arguments (Box[string].Get returns a string,
// not an int-sized word).
package main

import "fmt"

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T) { b.v = v }
func (b Box[T]) Get() T   { return b.v }

func use[T any](x T) T {
	b := Box[T]{}
	p := &b
	f := p.Set
	f(x)
	g := b.Get
	return g()
}

type Outer struct {
	Box[int]
	name string
}

type Getter interface{ Get() int }

func main() {
	fmt.Println(use(5), use("s"), use(2.5), use([]int{1, 2}))
	o := Outer{name: "o"}
	f := o.Set
	f(3)
	var gi Getter = o
	h := gi.Get
	fmt.Println(o.v, h())
}
