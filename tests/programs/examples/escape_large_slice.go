// Escape analysis: a small make with a constant size can live on the stack;
// a slice whose size is only known at run time, or that is very large,
// goes to the heap.
package main

import "fmt"

func small() int {
	buf := make([]byte, 64) // does not escape
	buf[0] = 1
	return len(buf)
}

func dynamic(n int) int {
	buf := make([]byte, n) // escapes to heap: non-constant size
	return len(buf)
}

func huge() int {
	buf := make([]byte, 1<<20) // escapes to heap: too large for the stack
	return len(buf)
}

func main() {
	fmt.Println(small(), dynamic(100), huge())
}
