// A channel with capacity 1 works as a mutex: sending acquires, receiving
// releases. Four goroutines increment a shared counter 1000 times each.
package main

import (
	"fmt"
	"sync"
)

type chanMutex chan struct{}

func (m chanMutex) Lock()   { m <- struct{}{} }
func (m chanMutex) Unlock() { <-m }

func main() {
	mu := make(chanMutex, 1)
	counter := 0
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)
	fmt.Println("unlocked:", len(mu) == 0)

	var l sync.Locker = mu
	l.Lock()
	fmt.Println("locked:", len(mu) == 1)
	l.Unlock()
}
