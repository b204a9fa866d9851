// Two readers hold an RWMutex read lock at the same time (each waits for
// the other inside its critical section, which would deadlock with a plain
// Mutex). A writer waits until both readers are gone; RLocker adapts RLock.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	var inside sync.WaitGroup
	inside.Add(2)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			inside.Done()
			inside.Wait() // both readers are in the critical section now
			rw.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println("two readers held the lock together")

	events := make(chan string, 4)
	rw.RLock()
	go func() {
		rw.Lock()
		events <- "writer got the lock"
		rw.Unlock()
	}()
	time.Sleep(50 * time.Millisecond)
	events <- "reader releasing"
	rw.RUnlock()
	fmt.Println(<-events)
	fmt.Println(<-events)

	l := rw.RLocker()
	l.Lock()
	fmt.Println("RLocker locked; TryLock:", rw.TryLock())
	l.Unlock()
	fmt.Println("after RLocker unlock; TryLock:", rw.TryLock())
	rw.Unlock()
}
