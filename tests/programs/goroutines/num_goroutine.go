// runtime.NumGoroutine counts live goroutines. It is only printed at points
// where the count is fixed: before any go statement, while started
// goroutines are all parked on a channel, and after they have all exited
// (polled, because a goroutine that called wg.Done may still be finishing).
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func waitForCount(n int) int {
	for i := 0; i < 1000 && runtime.NumGoroutine() != n; i++ {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())

	release := make(chan struct{})
	var started, finished sync.WaitGroup
	for i := 0; i < 5; i++ {
		started.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println("while blocked:", runtime.NumGoroutine())

	close(release)
	finished.Wait()
	fmt.Println("after exit:", waitForCount(1))

	// A goroutine that blocks forever still counts.
	never := make(chan int)
	go func() { <-never }()
	fmt.Println("with one parked:", waitForCount(2))
}
