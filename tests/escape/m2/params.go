// -m=2: parameter tags with their flows: to the heap, to a result, content.
package main

var global *int
var gs []int

//go:noinline
func toHeap(p *int) {
	global = p
}

//go:noinline
func toResult(p *int) *int {
	return p
}

//go:noinline
func content(s []*int) {
	global = s[0]
}

//go:noinline
func noEscape(p *int) int {
	return *p
}

//go:noinline
func level1(pp **int) *int {
	return *pp
}

func main() {
	a, b, c, d := 1, 2, 3, 4
	toHeap(&a)
	println(*toResult(&b))
	content([]*int{&c})
	println(noEscape(&d))
	e := 5
	pe := &e
	println(*level1(&pe))
}
