// Calling a func value: the callee is unknown, every argument leaks.
package main

//go:noinline
func apply(f func(*int) int, x int) int {
	return f(&x)
}

//go:noinline
func applyAll(fs []func(*int), p *int) {
	for _, f := range fs {
		f(p)
	}
}

//go:noinline
func double(p *int) int { return *p * 2 }

func main() {
	println(apply(double, 3))
	n := 4
	applyAll(nil, &n)
}
