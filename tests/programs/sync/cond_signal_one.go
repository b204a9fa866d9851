// Cond.Signal wakes one waiter at a time. Three goroutines wait on a
// counter of permits; main hands out permits one by one with Signal and
// checks after each that exactly one more goroutine got through.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	permits, passed, waiting := 0, 0, 0
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			waiting++
			for permits == 0 {
				cond.Wait()
			}
			permits--
			passed++
			mu.Unlock()
		}()
	}
	for {
		mu.Lock()
		w := waiting
		mu.Unlock()
		if w == 3 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	for round := 1; round <= 3; round++ {
		mu.Lock()
		permits++
		cond.Signal()
		mu.Unlock()
		time.Sleep(50 * time.Millisecond)
		mu.Lock()
		fmt.Println("round", round, "passed", passed, "permits left", permits)
		mu.Unlock()
	}
}
