// Publishing data with an atomic flag: the writer fills a slice and then
// stores the flag; a reader that observes the flag also sees the data.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var ready int32
	var data []string
	done := make(chan string)
	go func() {
		for atomic.LoadInt32(&ready) == 0 {
			runtime.Gosched()
		}
		done <- fmt.Sprint(len(data), " ", data)
	}()
	data = append(data, "published", "before", "flag")
	atomic.StoreInt32(&ready, 1)
	fmt.Println(<-done)

	// A typed Bool used as a one-shot "stop" signal for a counting goroutine.
	var stop atomic.Bool
	var ticks atomic.Int64
	finished := make(chan bool)
	go func() {
		for !stop.Load() {
			ticks.Add(1)
			runtime.Gosched()
		}
		finished <- true
	}()
	for ticks.Load() < 100 {
		runtime.Gosched()
	}
	stop.Store(true)
	<-finished
	fmt.Println("ticked at least 100 times:", ticks.Load() >= 100)
}
