// new and &T{}: up to 64 KiB implicit allocations stay in the frame;
// beyond, the heap. Explicit variables up to 10 MiB stay.
package main

type Small [8192]int
type Large [8193]int

//go:noinline
func f() int {
	a := new(Small)
	b := new(Large)
	c := &Small{}
	d := &Large{}
	var e [1 << 20]int
	var g [10<<20 + 8]byte
	e[0] = 1
	g[0] = 1
	return a[0] + b[0] + c[0] + d[0] + e[0] + int(g[0])
}

func main() { println(f()) }
