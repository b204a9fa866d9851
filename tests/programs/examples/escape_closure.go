// Escape analysis with closures: a variable captured by a closure that
// outlives the call is moved to the heap, so the closure keeps counting.
package main

import "fmt"

func counter() func() int {
	n := 0 // moved to heap: n
	return func() int {
		n++
		return n
	}
}

func main() {
	next := counter()
	next()
	next()
	fmt.Println("third call:", next())
	other := counter()
	fmt.Println("new counter:", other())
}
