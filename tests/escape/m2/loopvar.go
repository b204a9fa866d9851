// -m=2: Go 1.22 per-iteration loop variables captured by closures and
// goroutines; a range over a function.
package main

var fs []func() int

//go:noinline
func collect(n int) {
	for i := 0; i < n; i++ {
		fs = append(fs, func() int { return i })
	}
}

//go:noinline
func addrs(xs []int) []*int {
	var out []*int
	for _, x := range xs {
		out = append(out, &x)
	}
	return out
}

//go:noinline
func seq(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

//go:noinline
func sum() int {
	t := 0
	for v := range seq {
		t += v
	}
	return t
}

func main() {
	collect(2)
	println(len(addrs([]int{1, 2})), sum(), fs[1]())
}
