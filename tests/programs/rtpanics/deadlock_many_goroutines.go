// Several goroutines blocked for different reasons when the deadlock is
// detected: the report lists every user goroutine with its wait reason
// (chan receive, chan send, nil chan, select, mutex, Cond.Wait, RWMutex).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	cond := sync.NewCond(&sync.Mutex{})
	unbuf := make(chan int)
	full := make(chan int, 1)
	var nilCh chan int
	var started sync.WaitGroup

	mu.Lock()
	rw.RLock()
	start := func(f func()) {
		started.Add(1)
		go func() {
			started.Done()
			f()
		}()
	}
	start(func() { mu.Lock() })
	start(func() { full <- 1; full <- 2 })
	start(func() {
		select {
		case <-unbuf:
		case unbuf <- 1:
		}
	})
	start(func() { <-nilCh })
	start(func() { nilCh <- 1 })
	start(func() {
		cond.L.Lock()
		cond.Wait()
	})
	start(func() { rw.Lock() })
	started.Wait()
	fmt.Println("all started")
	<-make(chan int) // main: plain chan receive, nobody else has this channel
}
