// Package-level initializers that run in the package's init function:
// everything they allocate is stored into globals.
package main

var n = 3
var buf = make([]byte, n)
var table = map[string]int{"a": 1}
var greeting = "hi " + string(rune('a'+n))
var static = []int{1, 2, 3}
var ptr = &static

func main() {
	println(len(buf), len(table), greeting, len(*ptr))
}
