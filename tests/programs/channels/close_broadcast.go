// Closing a channel is a broadcast: every goroutine blocked receiving from it
// wakes up. Each waiter reports its id, and main prints them sorted.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	start := make(chan struct{})
	var ready, finished sync.WaitGroup
	ids := make(chan int, 8)
	for i := 0; i < 8; i++ {
		ready.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			ready.Done()
			<-start
			ids <- i
		}()
	}
	ready.Wait()
	fmt.Println("nobody woke yet:", len(ids) == 0)
	close(start)
	finished.Wait()
	close(ids)
	var got []int
	for id := range ids {
		got = append(got, id)
	}
	sort.Ints(got)
	fmt.Println("woken:", got)
}
