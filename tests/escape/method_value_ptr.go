// Method values bound through pointers: a method value that does not escape
// keeps its receiver (a pointer to a frame variable) without moving the
// variable; one that escapes moves it to the heap.
package main

type acc struct{ n int }

//go:noinline
func (a *acc) add(k int) { a.n += k }

//go:noinline
func (a acc) get() int { return a.n }

//go:noinline
func call(f func(int), k int) { f(k) }

var saved func(int)

//go:noinline
func local() int {
	x := acc{}
	p := &x
	f := p.add
	f(1)
	call(f, 2)
	return x.n
}

//go:noinline
func escaping() int {
	x := acc{}
	p := &x
	saved = p.add
	return x.n
}

//go:noinline
func addressable() int {
	y := acc{}
	g := y.add
	g(3)
	h := y.get
	return y.n + h()
}

func main() {
	println(local(), escaping(), addressable())
}
