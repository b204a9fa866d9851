// sync.Cond.Broadcast wakes every waiter. Runners wait for a start flag under
// the Cond's lock; main sets it and broadcasts once all runners are waiting.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	started := false
	waiting := 0

	var wg sync.WaitGroup
	finished := make(chan string, 5)
	for _, name := range []string{"ann", "bob", "cid", "dan", "eve"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			cond.Broadcast() // tell main that one more runner is waiting
			for !started {
				cond.Wait()
			}
			mu.Unlock()
			finished <- name
		}()
	}

	mu.Lock()
	for waiting < 5 {
		cond.Wait()
	}
	fmt.Println("all runners waiting:", waiting)
	started = true
	cond.Broadcast()
	mu.Unlock()

	wg.Wait()
	close(finished)
	var names []string
	for n := range finished {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("finished:", names)
	fmt.Printf("%T %v\n", cond.L, cond.L == &mu)
}
