// Maps: a local map literal or make(map) that does not escape stays in the
// frame (any hint); a returned or globally stored map escapes; the keys and
// values stored into a map flow to the heap.
package main

var global map[string]int

//go:noinline
func local(n int) int {
	a := map[string]int{"a": 1}
	b := make(map[int]int)
	c := make(map[int]int, 100)
	d := make(map[int]int, n)
	b[1] = 2
	return len(a) + len(b) + len(c) + len(d)
}

//go:noinline
func ret() map[int]*int {
	return make(map[int]*int)
}

//go:noinline
func store() {
	global = map[string]int{}
}

//go:noinline
func put(m map[*int]*int) {
	k, v := 1, 2
	m[&k] = &v
}

func main() {
	println(local(3), len(ret()))
	store()
	put(map[*int]*int{})
}
