// make: a small constant size stays on the stack; a non-constant size or
// more than 64 KiB goes to the heap (65536 bytes exactly is still stack).
package main

//go:noinline
func f(n int) int {
	a := make([]int, 8)
	b := make([]int, n)
	c := make([]int, 10000)
	d := make([]byte, 65536)
	e := make([]byte, 65537)
	g := make([]int, 0, 16)
	h := make([]int, 4, n)
	const k = 100
	i := make([]int64, k)
	return len(a) + len(b) + len(c) + len(d) + len(e) + len(g) + len(h) + len(i)
}

func main() { println(f(3)) }
