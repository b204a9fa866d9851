// Method expressions: T.M(x) calls the method statically with the receiver
// as first argument; a method expression as a value is a plain function.
package main

type T struct{ p *int }

var sink *int

//go:noinline
func (t T) Get() *int { return t.p }

//go:noinline
func (t *T) Leak() { sink = t.p }

func main() {
	x := 1
	t := T{&x}
	println(*T.Get(t))
	y := 2
	u := T{&y}
	(*T).Leak(&u)
	f := T.Get
	z := 3
	println(*f(T{&z}))
}
