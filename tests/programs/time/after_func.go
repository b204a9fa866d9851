// time.AfterFunc runs f in its own goroutine when the timer fires. Stop
// before firing prevents the call; Reset re-arms it. The returned timer's
// channel C is nil.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	t := time.AfterFunc(50*time.Millisecond, func() { done <- "fired" })
	fmt.Println("C is nil:", t.C == nil)
	fmt.Println(<-done)
	fmt.Println("Stop after it ran:", t.Stop())

	called := false
	t2 := time.AfterFunc(time.Hour, func() { called = true })
	fmt.Println("Stop before firing:", t2.Stop(), "called:", called)

	// Reset re-arms a fired AfterFunc timer: f runs again.
	count := make(chan int, 2)
	n := 0
	t3 := time.AfterFunc(10*time.Millisecond, func() { n++; count <- n })
	fmt.Println("first run:", <-count)
	fmt.Println("Reset returns active:", t3.Reset(10*time.Millisecond))
	fmt.Println("second run:", <-count)

	// Several AfterFuncs fire in deadline order (100ms apart).
	order := make(chan int, 3)
	for _, i := range []int{3, 1, 2} {
		time.AfterFunc(time.Duration(i)*100*time.Millisecond, func() { order <- i })
	}
	fmt.Println(<-order, <-order, <-order)
}
