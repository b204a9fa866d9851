// Infinite recursion grows the goroutine stack until it exceeds the 1 GB
// limit; the runtime then prints "goroutine stack exceeds 1000000000-byte
// limit" and "fatal error: stack overflow" (not recoverable). Real Go
// takes a few seconds to get there.
package main

import "fmt"

type tree struct {
	left, right *tree
	val         int
}

func depth(t *tree, n int) int {
	if t == nil {
		return n
	}
	return depth(t.left, n+1) // t.left points back to t: never ends
}

func main() {
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	t := &tree{val: 1}
	t.left = t
	fmt.Println("start")
	fmt.Println(depth(t, 0))
}
