package main

import (
	"fmt"
	"strings"
)

// Predeclared identifiers (types, constants, builtins) can be shadowed.

type T struct{ true bool }

func compute() int {
	iota := 10 // iota is only special inside const declarations
	nil := "not nil"
	_ = nil
	return iota * 2
}

func main() {
	fmt.Println(strings.ToUpper("before shadowing"))
	{
		strings := []string{"package", "name", "shadowed"} // hides the package in this block
		fmt.Println(len(strings), strings[2])
	}
	fmt.Println(strings.Repeat("-", 3))
	true := false
	fmt.Println("true is", true)
	fmt.Println(compute())
	type int = string // alias hides the predeclared int in this scope
	var x int = "a string typed int"
	fmt.Println(x)
	append := func(a, b string) string { return a + "+" + b }
	fmt.Println(append("x", "y"))
	t := T{true: !true}
	fmt.Println(t.true)
	{
		len := 3
		fmt.Println("len var:", len)
	}
	fmt.Println(len("builtin again"))
}
