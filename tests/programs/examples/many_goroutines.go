// Goroutines are cheap: 1000 of them each start with a small stack.
// They all wait on one channel until main closes it.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
		}()
	}
	fmt.Println("goroutines waiting:", runtime.NumGoroutine()-1)
	close(start)
	wg.Wait()
	fmt.Println("all done, goroutines left:", runtime.NumGoroutine())
}
