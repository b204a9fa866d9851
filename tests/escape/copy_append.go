// copy and append: copying does not leak; appending a slice to another
// leaks its content into the destination.
package main

var all [][]int

//go:noinline
func dup(s []int) []int {
	d := make([]int, len(s))
	copy(d, s)
	return d
}

//go:noinline
func join(a, b []*int) []*int {
	return append(a, b...)
}

//go:noinline
func grow() int {
	s := make([]int, 0, 4)
	for i := 0; i < 10; i++ {
		s = append(s, i)
	}
	return len(s)
}

//go:noinline
func keepAll(s []int) {
	all = append(all, s)
}

func main() {
	println(len(dup([]int{1})), len(join(nil, nil)), grow())
	keepAll(nil)
}
