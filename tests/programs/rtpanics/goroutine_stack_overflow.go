// Infinite recursion in a goroutine other than main: the stack grows by
// doubling until it would exceed the limit, then the program dies with Go's
// stack overflow report for that goroutine.
package main

import "time"

func forever(n int) int {
	return forever(n+1) + 1
}

func main() {
	go func() {
		println(forever(0))
	}()
	time.Sleep(time.Hour)
}
