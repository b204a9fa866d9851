package main

import "fmt"

type Named struct{ name string }

func (n Named) Name() string { return n.name }

func show(s fmt.Stringer) {
	fmt.Println(s.String())
}

func main() {
	show(Named{"x"})
	var err error = Named{"y"}
	fmt.Println(err)
}
