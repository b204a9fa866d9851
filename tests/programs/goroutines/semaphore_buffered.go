// A buffered channel as a counting semaphore limits how many goroutines work
// at once. The program measures the peak concurrency and only prints whether
// it stayed within the limit, plus the results in index order.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const limit = 2
	sem := make(chan struct{}, limit)
	var active, peak atomic.Int32
	results := make([]string, 6)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := active.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(20 * time.Millisecond)
			results[i] = fmt.Sprintf("task %d done", i)
			active.Add(-1)
		}()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println("peak within limit:", peak.Load() >= 1 && peak.Load() <= limit)
	fmt.Println("semaphore free:", len(sem) == 0, "cap:", cap(sem))
}
