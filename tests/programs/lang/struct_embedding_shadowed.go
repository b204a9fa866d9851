package main

import "fmt"

type Inner struct {
	Name  string
	Value int
}

func (Inner) Hello() string { return "inner hello" }
func (Inner) Only() string  { return "only inner" }

type Outer struct {
	Inner
	Name string // shadows Inner.Name
}

func (Outer) Hello() string { return "outer hello" } // shadows Inner.Hello

type A struct{ X int }
type B struct{ X int }

// C embeds two types with the same field; C.X would be ambiguous but each
// path is still reachable explicitly.
type C struct {
	A
	B
	Y int
}

type D struct {
	C
	X string // depth 1 wins over depth 2
}

func main() {
	o := Outer{Inner: Inner{Name: "inner", Value: 5}, Name: "outer"}
	fmt.Println(o.Name, o.Inner.Name, o.Value)
	fmt.Println(o.Hello(), "|", o.Inner.Hello(), "|", o.Only())
	c := C{A{1}, B{2}, 3}
	fmt.Println(c.A.X, c.B.X, c.Y)
	d := D{C: c, X: "top"}
	fmt.Println(d.X, d.C.A.X, d.A.X, d.B.X)
	fmt.Printf("%+v\n", d)
	o.Name = "new outer"
	o.Inner.Name = "new inner"
	fmt.Printf("%+v\n", o)
}
