package main

import "fmt"

type Inner struct{ v [2]int }

type Outer struct {
	Inner
	next *Outer
}

// try runs f and reports whether it panicked, and with what.
func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+":", r)
		}
	}()
	f()
	fmt.Println(name + ": no panic")
}

func main() {
	var p *Outer
	var a *[3]int
	o := &Outer{}
	try("field", func() { _ = p.Inner })
	try("array element", func() { _ = a[1] })
	try("whole value", func() { _ = *p })
	try("chain", func() { _ = o.next.v[0] })
	try("non-nil", func() { _ = o.v[1] })
	try("tuple", func() { _, _ = o.v, p.next })
}
