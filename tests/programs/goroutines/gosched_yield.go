// runtime.Gosched yields the processor. Its effect on interleaving is not
// deterministic with several Ps, so the program only uses it inside
// wait loops and prints results that do not depend on the schedule.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var ready atomic.Bool
	var value atomic.Int64

	go func() {
		for i := 1; i <= 100; i++ {
			value.Add(int64(i))
			runtime.Gosched()
		}
		ready.Store(true)
	}()

	for !ready.Load() {
		runtime.Gosched()
	}
	fmt.Println("value:", value.Load())

	// Gosched in a goroutine that hands work back and forth via a flag.
	var turn atomic.Int32
	done := make(chan []int)
	go func() {
		var seen []int
		for i := 0; i < 5; i++ {
			for turn.Load() != 1 {
				runtime.Gosched()
			}
			seen = append(seen, i)
			turn.Store(0)
		}
		done <- seen
	}()
	for i := 0; i < 5; i++ {
		for turn.Load() != 0 {
			runtime.Gosched()
		}
		turn.Store(1)
	}
	fmt.Println("handoffs:", <-done)
}
