// Deferred calls with arguments, builtins and closures with parameters.
package main

//go:noinline
func show(p *int, s []int) { println(*p, len(s)) }

//go:noinline
func f(ch chan int, m map[int]int) {
	x := 1
	defer show(&x, []int{1, 2})
	defer close(ch)
	defer delete(m, 1)
	y := 2
	defer func(p *int) { println(*p) }(&y)
	defer println("bye", x)
	defer recover()
}

//go:noinline
func g(n int) {
	for i := 0; i < n; i++ {
		z := i
		defer show(&z, nil)
	}
}

func main() {
	f(make(chan int), map[int]int{})
	g(2)
}
