// A panic in a goroutine ends the whole program, not just that goroutine:
// main's deferred call does not run, and the exit status is 2.
package main

import (
	"fmt"
	"time"
)

func divide(a, b int) int {
	return a / b
}

func main() {
	defer fmt.Println("main's defer (never runs)")
	go func() {
		fmt.Println("goroutine: dividing by zero")
		fmt.Println(divide(1, 0))
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
