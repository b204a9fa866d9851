// Explicit variables up to 10 MiB may stay on the stack; implicit
// allocations (new, &T{}) only up to 64 KiB.
package main

type Big struct{ a [8193]int }

//go:noinline
func f() int {
	var small [1024]int
	var big [2 * 1024 * 1024]int
	p := new([8192]int)
	q := new([8193]int)
	r := &Big{}
	var mid [1310720]int
	small[1] = 1
	big[1] = 2
	p[1] = 3
	q[1] = 4
	r.a[0] = 5
	mid[0] = 6
	return small[1] + big[1] + p[1] + q[1] + r.a[0] + mid[0]
}

func main() { println(f()) }
