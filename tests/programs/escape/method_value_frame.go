// Method values bound through a pointer to a frame variable (p.M with
// p := &x). A method value that does not escape keeps its closure object in
// the frame, so the stack copier adjusts the receiver pointer it holds when
// the stack grows between creating the method value and calling it.
package main

import "fmt"

type acc struct {
	n    int
	hist [4]int
}

func (a *acc) add(k int) { a.hist[a.n%4] = k; a.n += k }
func (a acc) total() int  { return a.n }

//go:noinline
func grow(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return 0
	}
	return grow(n-1) + pad[n%64]
}

//go:noinline
func call(f func(int), k int) { f(k) }

// Non-escaping method value through a pointer: x stays in the frame.
func local() int {
	x := acc{}
	p := &x
	f := p.add
	f(1)
	grow(3000) // the stack moves several times
	f(2)
	grow(3000)
	f(3)
	call(f, 4)
	return x.n*100 + x.hist[1] + p.total()
}

// Escaping method value: stored in a global, so x must move to the heap.
var saved func(int)

func escaping() int {
	x := acc{}
	p := &x
	saved = p.add
	saved(5)
	grow(3000)
	saved(6)
	return x.n
}

// Method values in a loop, each bound to the loop's own variable.
func loop() int {
	sum := 0
	for i := 0; i < 3; i++ {
		x := acc{n: i}
		p := &x
		f := p.add
		grow(500 * (i + 1))
		f(10)
		sum += x.n
	}
	return sum
}

// Value-receiver method value through a pointer copies the value.
func byValue() int {
	x := acc{n: 7}
	p := &x
	g := p.total
	x.n = 9
	grow(2000)
	return g()*10 + x.n
}

func main() {
	fmt.Println(local())
	fmt.Println(escaping())
	saved(1)
	fmt.Println(loop())
	fmt.Println(byValue())
}
