// append: the grown array is always a heap allocation (nothing printed); a
// make whose slice is returned escapes; appended pointers leak.
package main

var sink []*int

//go:noinline
func f() int {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
	}
	return len(s)
}

//go:noinline
func g() []int {
	s := make([]int, 0, 4)
	s = append(s, 1)
	return s
}

//go:noinline
func h() {
	x := 1
	y := 2
	var ps []*int
	ps = append(ps, &x)
	sink = append(sink, ps...)
	loc := make([]*int, 0, 2)
	loc = append(loc, &y)
	println(len(loc))
}

//go:noinline
func k(dst []int, src []int) []int {
	return append(dst, src...)
}

func main() {
	println(f(), len(g()), len(k(nil, []int{1})))
	h()
}
