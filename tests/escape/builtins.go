// Builtins: copy reads its source and writes its destination, panic's
// argument escapes, new allocates, clear writes, min/max pass values
// through.
package main

var sink *int

//go:noinline
func cp(dst, src []*int) int {
	return copy(dst, src)
}

//go:noinline
func cpBytes(dst []byte, s string) int {
	return copy(dst, s)
}

//go:noinline
func boom(n int) {
	if n > 5 {
		panic(n)
	}
	if n > 3 {
		panic("big")
	}
}

//go:noinline
func news() int {
	p := new(int)
	q := new(int)
	sink = q
	return *p
}

//go:noinline
func clr(m map[string]int, s []*int) {
	clear(m)
	clear(s)
}

//go:noinline
func mins(a, b string) string {
	return min(a, b)
}

func main() {
	println(cp(make([]*int, 1), nil), cpBytes(make([]byte, 2), "ab"), news(), mins("a", "b"))
	boom(1)
	clr(nil, nil)
}
