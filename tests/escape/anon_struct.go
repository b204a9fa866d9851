// Anonymous structs, arrays of pointers and nested composite literals.
package main

var keep *int

//go:noinline
func anon() int {
	v := struct {
		p *int
		n int
	}{nil, 2}
	x := 3
	v.p = &x
	return *v.p + v.n
}

//go:noinline
func arr() {
	a, b := 1, 2
	ps := [2]*int{&a, &b}
	keep = ps[1]
}

//go:noinline
func nested() int {
	type pt struct{ x, y int }
	ls := []*pt{{1, 2}, {3, 4}}
	m := map[string][]int{"a": {1, 2}}
	return ls[0].x + len(m["a"])
}

func main() {
	println(anon())
	arr()
	println(nested())
}
