// sync.Cond.Wait with nobody left to Signal: main waits for a condition
// that the worker never sets because it returns early.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	done := make(chan bool)
	go func() {
		mu.Lock()
		defer mu.Unlock()
		// forgot: ready = true; cond.Signal()
		done <- true
	}()
	<-done
	mu.Lock()
	for !ready {
		cond.Wait()
	}
	mu.Unlock()
	fmt.Println("never printed")
}
