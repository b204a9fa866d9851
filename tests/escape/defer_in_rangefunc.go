// A defer inside a range-over-func body belongs to the enclosing function
// (Go's rewrite: DeferAt), so it is never a top-level defer: its closure and
// operands escape, and pointers passed to it move their variables to the heap.
package main

//go:noinline
func each(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

//go:noinline
func each3(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

//go:noinline
func bump(p *int, k int) { *p += k }

// The iterator does not leak the body: only the defer makes w escape.
//
//go:noinline
func staticIter() int {
	w := 0
	q := &w
	for i := range each3 {
		defer bump(q, i)
	}
	return w
}

//go:noinline
func direct() int {
	total := 0
	for i := range each(3) {
		defer bump(&total, i)
	}
	return total
}

//go:noinline
func viaPointer() int {
	x := 0
	p := &x
	for i := range each(2) {
		defer bump(p, i)
	}
	return x
}

//go:noinline
func closure() int {
	y := 1
	for i := range each(2) {
		defer func() { y += i }()
	}
	return y
}

//go:noinline
func topLevel() int {
	z := 0
	defer bump(&z, 1)
	return z
}

func main() {
	println(direct(), viaPointer(), closure(), topLevel(), staticIter())
}
