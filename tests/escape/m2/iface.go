// -m=2: interface conversions: boxes that escape through a global or a
// variadic ...any parameter that leaks, and boxes that stay.
package main

var sink any
var all []any

type S struct{ a, b int }

//go:noinline
func store(n int) {
	sink = n
}

//go:noinline
func local(s S) bool {
	var x any = s
	return x == nil
}

//go:noinline
func keep(vs ...any) {
	all = vs
}

//go:noinline
func pass(v int, name string) {
	keep(v, name)
}

func main() {
	store(1)
	println(local(S{1, 2}))
	pass(3, "x")
}
