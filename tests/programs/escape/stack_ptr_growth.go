// Pointers to frame variables and to non-escaping new/&T{} objects must
// survive stack growth: every level of the recursion keeps pointers into its
// own frame, then recurses deep enough to copy the stack many times.
package main

import "fmt"

type pair struct {
	a, b int
	next *pair
}

//go:noinline
func sumPair(p *pair) int { return p.a + p.b }

func deep(n int) int {
	x := n * 3
	px := &x // x stays in the frame: px is a stack pointer
	q := new(pair)
	q.a = n
	r := &pair{a: 1, b: n, next: q} // also in the frame
	var buf [16]int
	for i := range buf {
		buf[i] = n + i
	}
	s := buf[:] // a slice of a frame array
	if n > 0 {
		sub := deep(n - 1)
		// After the recursion the stack has moved; every pointer must follow.
		*px += sub % 7
		r.next.b = sub % 5
		s[3]++
	}
	return *px + sumPair(r) + sumPair(r.next) + s[3] + s[15]
}

func main() {
	fmt.Println(deep(10))
	fmt.Println(deep(3000))
}
