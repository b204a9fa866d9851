// Mutex.TryLock succeeds only when the mutex is free. Lock/Unlock through
// the sync.Locker interface, and a zero Mutex is unlocked.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("try on zero mutex:", mu.TryLock())
	fmt.Println("try while held:", mu.TryLock())
	mu.Unlock()
	fmt.Println("try after unlock:", mu.TryLock())
	mu.Unlock()

	// Another goroutine holds the lock: TryLock fails without blocking.
	held := make(chan struct{})
	release := make(chan struct{})
	done := make(chan struct{})
	go func() {
		mu.Lock()
		close(held)
		<-release
		mu.Unlock()
		close(done)
	}()
	<-held
	fmt.Println("try while goroutine holds it:", mu.TryLock())
	close(release)
	<-done
	fmt.Println("try after goroutine released:", mu.TryLock())
	mu.Unlock()

	var l sync.Locker = &mu
	l.Lock()
	fmt.Println("locked via Locker, try:", mu.TryLock())
	l.Unlock()

	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("RWMutex TryRLock with a reader:", rw.TryRLock())
	fmt.Println("RWMutex TryLock with readers:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("RWMutex TryLock when free:", rw.TryLock())
	fmt.Println("RWMutex TryRLock with a writer:", rw.TryRLock())
	rw.Unlock()
}
