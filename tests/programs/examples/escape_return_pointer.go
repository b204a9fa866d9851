// Escape analysis: a local variable whose address is returned outlives its
// frame, so the compiler moves it to the heap ("moved to heap: p").
// A value returned by copy stays on the stack.
package main

import "fmt"

type point struct{ x, y int }

func newPoint(x, y int) *point {
	p := point{x, y} // moved to heap: p
	return &p
}

func makePoint(x, y int) point {
	p := point{x, y} // stays on the stack: returned by value
	return p
}

func main() {
	a := newPoint(1, 2)
	b := makePoint(3, 4)
	fmt.Println(a.x+a.y, b.x+b.y)
}
