package main

import "fmt"

type T struct {
	name string
}

func (t T) Hello() string { return "hello " + t.name }

func main() {
	x := T{name: "go"}
	fmt.Println(x.foo)
	fmt.Println(x.Name)
	fmt.Println(x.hello())
}
