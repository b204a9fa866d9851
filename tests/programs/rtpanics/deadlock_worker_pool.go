// A worker pool that deadlocks: results is unbuffered and main only reads it
// after wg.Wait, so the workers block sending while main blocks waiting.
// The report lists main (WaitGroup wait) and each worker (chan send).
package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int, 3)
	results := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- j * j
			}
		}()
	}
	for j := 1; j <= 3; j++ {
		jobs <- j
	}
	close(jobs)
	fmt.Println("jobs queued")
	wg.Wait()
	for r := range results {
		fmt.Println(r)
	}
}
