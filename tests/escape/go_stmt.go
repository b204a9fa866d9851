// go statements: the arguments of `go f(&x)` escape (the hidden closure runs
// on another goroutine); `defer f(&y)` at top level does not.
package main

//go:noinline
func worker(p *int, s []int, done chan bool) {
	println(*p, len(s))
	done <- true
}

func main() {
	done := make(chan bool)
	x := 1
	s := make([]int, 3)
	go worker(&x, s, done)
	<-done
	y := 2
	defer worker(&y, nil, make(chan bool, 1))
	total := 0
	go func(k int) {
		total += k
		done <- true
	}(5)
	<-done
	println(total)
}
