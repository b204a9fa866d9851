// time.Tick returns a ticker channel for loops that run for the life of the
// program. A worker does one step per tick; then a second ticker is read
// until a deadline.
package main

import (
	"fmt"
	"time"
)

func main() {
	tick := time.Tick(60 * time.Millisecond)
	steps := []string{"load", "process", "save"}
	for i := 0; i < len(steps); i++ {
		<-tick
		fmt.Println("step", i+1, steps[i])
	}
	fmt.Printf("%T\n", tick)

	// Count ticks until a deadline: with 100ms ticks and a 250ms deadline
	// the ticks come at 100 and 200ms, 50ms clear of the deadline.
	t := time.Tick(100 * time.Millisecond)
	done := time.After(250 * time.Millisecond)
	count := 0
	for {
		select {
		case <-t:
			count++
			continue
		case <-done:
		}
		break
	}
	fmt.Println("ticks before deadline:", count)

	fmt.Println("non-positive duration gives nil:", time.Tick(0) == nil, time.Tick(-1) == nil)
}
