// A worker loop with a quit channel: the worker handles jobs until it is
// told to quit, then reports how many it handled. Jobs are sent on an
// unbuffered channel, so all of them are handled before quit is sent.
package main

import "fmt"

func worker(jobs <-chan int, quit <-chan struct{}, report chan<- string) {
	handled, sum := 0, 0
	for {
		select {
		case j := <-jobs:
			handled++
			sum += j
		case <-quit:
			report <- fmt.Sprintf("handled %d jobs, sum %d", handled, sum)
			return
		}
	}
}

func main() {
	jobs := make(chan int)
	quit := make(chan struct{})
	report := make(chan string)
	go worker(jobs, quit, report)
	for i := 1; i <= 20; i++ {
		jobs <- i
	}
	quit <- struct{}{}
	fmt.Println(<-report)
}
