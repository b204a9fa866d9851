// Type switches and assertions: the switch variable of a pointer-shaped case
// holds the interface's data word; other cases dereference the box.
package main

type T struct{ p *int }

var sink *int
var sinkT T

//go:noinline
func sw(x interface{}) int {
	switch v := x.(type) {
	case *int:
		sink = v
		return 1
	case T:
		sinkT = v
		return 2
	case int:
		return v
	}
	return 0
}

//go:noinline
func assert(x interface{}) *int {
	p := x.(*int)
	return p
}

//go:noinline
func assertVal(x interface{}) int {
	t, ok := x.(T)
	if !ok {
		return 0
	}
	return *t.p
}

func main() {
	n := 1
	println(sw(&n), *assert(&n))
	m := 2
	println(assertVal(T{&m}))
}
