// Go 1.22 loop variables are per-iteration: a captured loop variable that is
// not reassigned after the capture is captured by value.
package main

var fs []func() int

//go:noinline
func threeClause() {
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
}

//go:noinline
func reassignedInBody() {
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
		i++
	}
}

//go:noinline
func rangeCapture(xs []int) {
	for k, v := range xs {
		fs = append(fs, func() int { return k + v })
	}
}

//go:noinline
func addrInLoop() *int {
	var p *int
	for i := 0; i < 3; i++ {
		if i == 1 {
			p = &i
		}
	}
	return p
}

func main() {
	threeClause()
	reassignedInBody()
	rangeCapture([]int{1})
	println(len(fs), *addrInLoop())
}
