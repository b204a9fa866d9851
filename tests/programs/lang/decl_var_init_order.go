package main

import "fmt"

// Package-level variables are initialized in dependency order, not in
// source order. Each initializer prints when it runs.

var a = trace("a", b+c)
var b = trace("b", f())
var c = trace("c", 3)
var d = trace("d", 4)

func f() int {
	// f depends on d, so d must be ready before b.
	return trace("f reads d", d) * 10
}

func trace(name string, v int) int {
	fmt.Println("init", name, "=", v)
	return v
}

func init() {
	fmt.Println("init() sees a, b, c, d =", a, b, c, d)
}

func main() {
	fmt.Println("main: a =", a)
	fmt.Println("main: b =", b)
	fmt.Println("main: c =", c)
	fmt.Println("main: d =", d)
}
