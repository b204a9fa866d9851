// Interfaces holding structs: asserting back to the struct type copies out
// of the box (a dereference); asserting to a pointer type does not.
package main

type S struct{ p *int }

type Named interface{ Name() string }

type N struct{ s string }

//go:noinline
func (n N) Name() string { return n.s }

var sink *int

//go:noinline
func unboxS(i interface{}) {
	s := i.(S)
	sink = s.p
}

//go:noinline
func unboxP(i interface{}) *S {
	return i.(*S)
}

//go:noinline
func widen(n Named) interface{} {
	return n
}

//go:noinline
func narrow(i interface{}) Named {
	return i.(Named)
}

func main() {
	x := 1
	unboxS(S{&x})
	y := 2
	println(unboxP(&S{&y}) != nil)
	println(widen(N{"a"}) != nil, narrow(N{"b"}).Name())
}
