// A variable captured by reference by an escaping closure moves to the
// heap; a closure that does not escape keeps its variables in the frame.
package main

//go:noinline
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

//go:noinline
func localClosure() int {
	m := 0
	inc := func() { m++ }
	inc()
	inc()
	return m
}

func main() {
	c := counter()
	c()
	println(c(), localClosure())
}
