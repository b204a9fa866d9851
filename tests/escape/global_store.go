// Storing an address or a slice into a package-level variable sends it to
// the heap.
package main

var global *int
var gslice []int
var gmap map[string]int
var gany interface{}

//go:noinline
func store() {
	x := 1
	global = &x
}

//go:noinline
func storeSlice() {
	s := make([]int, 4)
	gslice = s
	t := []int{1, 2}
	gslice = t[:1]
}

//go:noinline
func storeMap() {
	m := make(map[string]int)
	gmap = m
	n := 5
	gany = n
	gany = &n
}

func main() {
	store()
	storeSlice()
	storeMap()
	println(*global, len(gslice), len(gmap), gany != nil)
}
