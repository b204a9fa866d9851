// Map contents live in the heap: keys and values stored into a map escape;
// an interface key is boxed even for a lookup.
package main

//go:noinline
func put(m map[string]*int) {
	x := 1
	m["x"] = &x
}

//go:noinline
func keys(m map[interface{}]int, k int) int {
	m[k] = 1
	v := m[k+1]
	delete(m, k)
	return v
}

//go:noinline
func ptrKey() int {
	y := 2
	m := make(map[*int]bool)
	m[&y] = true
	return len(m)
}

func main() {
	put(make(map[string]*int))
	println(keys(map[interface{}]int{}, 3), ptrKey())
}
