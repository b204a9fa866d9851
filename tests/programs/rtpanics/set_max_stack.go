// runtime/debug.SetMaxStack lowers the per-goroutine stack limit: a
// recursion that fits in Go's default 1 GB overflows a 1 MB limit, and
// SetMaxStack returns the previous setting.
package main

import (
	"fmt"
	"runtime/debug"
)

func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + pad[n%16] - n
}

func main() {
	fmt.Println(depth(1000))
	old := debug.SetMaxStack(1 << 20)
	fmt.Println("old limit:", old)
	fmt.Println(depth(100_000))
}
