// A label that a later goto jumps back to starts a loop: variables declared
// after it are per-iteration for the analysis.
package main

//go:noinline
func f(n int) *int {
	var r *int
L:
	x := n
	r = &x
	if n > 0 {
		n--
		goto L
	}
	return r
}

//go:noinline
func g(n int) int {
	var r *int
	goto M
M:
	y := n
	r = &y
	return *r
}

func main() { println(*f(2), g(3)) }
