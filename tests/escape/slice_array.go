// Slicing a local array takes its address: stored globally, the array
// moves to the heap.
package main

var sink []int

//go:noinline
func f() int {
	var a [4]int
	s := a[:]
	s[0] = 1
	return s[0]
}

//go:noinline
func g() {
	var b [4]int
	sink = b[:]
}

//go:noinline
func h() []int {
	var c [8]int
	return c[2:4]
}

func main() {
	println(f())
	g()
	println(len(sink), len(h()))
}
