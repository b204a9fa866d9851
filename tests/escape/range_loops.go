// Range loops: values copied out of a slice come from its backing array;
// taking a range variable's address makes it per-iteration.
package main

var sink *int

//go:noinline
func sum(ps []*int) int {
	t := 0
	for _, p := range ps {
		t += *p
	}
	return t
}

//go:noinline
func keepLast(xs []int) {
	for _, x := range xs {
		sink = &x
	}
}

//go:noinline
func firstAddr(xs [3]int) *int {
	var p *int
	for i := range xs {
		v := xs[i]
		if p == nil {
			p = &v
		}
	}
	return p
}

//go:noinline
func leakElems(ps []*int) {
	for _, p := range ps {
		sink = p
	}
}

func main() {
	a, b := 1, 2
	println(sum([]*int{&a, &b}))
	keepLast([]int{1, 2})
	println(*firstAddr([3]int{4, 5, 6}))
	c := 3
	leakElems([]*int{&c})
}
