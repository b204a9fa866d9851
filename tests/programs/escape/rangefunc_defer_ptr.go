// A defer inside a range-over-func loop body belongs to the enclosing
// function, and its record outlives the body's frame: Go's rewrite makes
// the deferred call's operands escape. Pointers to frame variables passed
// to such defers must still be right after the stack has grown.
package main

import "fmt"

//go:noinline
func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// A static iterator whose yield does not escape.
func each3(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

//go:noinline
func grow(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return 0
	}
	return grow(n-1) + pad[n%64]
}

type rec struct{ log [8]int }

//go:noinline
func note(r *rec, i, v int) { r.log[i] = v }

//go:noinline
func bump(p *int, k int) { *p += k }

func direct() (out int) {
	total := 0
	defer func() { out = total }()
	for i := range each3 {
		defer bump(&total, i+1)
	}
	grow(3000)
	return 0
}

func viaPointer() (r rec) {
	var x rec
	p := &x
	defer func() { r = x }()
	for i := range each3 {
		defer note(p, i, 10*i+1)
	}
	grow(3000)
	return
}

func deferredClosure() int {
	y := 5
	py := &y
	for i := range seq(2) {
		defer func() { *py += i }()
	}
	grow(2000)
	return y
}

func nestedLoops() int {
	sum := 0
	ps := &sum
	func() {
		for i := range each3 {
			for j := range seq(2) {
				defer bump(ps, i*10+j)
			}
		}
		grow(2500)
	}()
	return *ps
}

func main() {
	fmt.Println(direct())
	fmt.Println(viaPointer().log)
	fmt.Println(deferredClosure())
	fmt.Println(nestedLoops())
}
