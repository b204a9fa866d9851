// defer: at the top loop level the deferred closure and its arguments stay
// in the frame; inside a loop the hidden closure escapes.
package main

import "fmt"

//go:noinline
func work(p *int) { println(*p) }

//go:noinline
func f(n int) {
	x := 1
	defer work(&x)
	z := 5
	defer func() { println(z) }()
	for i := 0; i < n; i++ {
		defer func() { println(i) }()
	}
	for j := 0; j < n; j++ {
		y := j
		defer work(&y)
	}
	defer fmt.Println("done", n)
}

func main() { f(2) }
