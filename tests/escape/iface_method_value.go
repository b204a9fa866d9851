// A method value of an interface: the interface value leaks, since the
// method it will call is unknown.
package main

type Getter interface{ Get() int }

type V struct{ n int }

//go:noinline
func (v V) Get() int { return v.n }

//go:noinline
func bind(g Getter) func() int {
	return g.Get
}

//go:noinline
func call(g Getter) int {
	f := g.Get
	return f()
}

func main() {
	println(bind(V{1})(), call(V{2}))
}
