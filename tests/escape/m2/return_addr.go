// -m=2: the address of a local returned, directly and through a variable.
package main

type T struct{ a, b int }

//go:noinline
func direct() *int {
	x := 1
	return &x
}

//go:noinline
func viaVar() *T {
	t := T{1, 2}
	p := &t
	return p
}

//go:noinline
func lit() *T {
	return &T{3, 4}
}

func main() {
	println(*direct(), viaVar().a, lit().b)
}
