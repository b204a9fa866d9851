package main

import (
	"fmt"
	"runtime"
)

// 100,000 goroutines parked on a channel at the same time.
func main() {
	block := make(chan struct{})
	done := make(chan struct{})
	for i := 0; i < 100_000; i++ {
		go func() {
			<-block
			done <- struct{}{}
		}()
	}
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	close(block)
	for i := 0; i < 100_000; i++ {
		<-done
	}
	fmt.Println("all done")
}
