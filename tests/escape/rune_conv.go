// Conversions between strings, runes and rune slices allocate.
package main

var sinkS string
var sinkR []rune

//go:noinline
func f(s string, r rune, rs []rune) int {
	a := []rune(s)
	b := string(rs)
	c := string(r)
	sinkR = []rune(s)
	sinkS = string(rs)
	sinkS = string(r)
	return len(a) + len(b) + len(c)
}

func main() { println(f("héllo", 'x', []rune{'a'})) }
