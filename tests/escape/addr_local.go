// The address of a local used only inside the function: it stays in the
// frame (no message for the variable).
package main

//go:noinline
func f() int {
	x := 42
	p := &x
	*p += 1
	return *p
}

//go:noinline
func g(n int) int {
	a := [4]int{1, 2, 3, n}
	p := &a[2]
	q := &a
	return *p + q[0]
}

func main() {
	println(f(), g(4))
}
