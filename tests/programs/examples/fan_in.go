// Fan-in: merge several channels into one. Each source sleeps a different
// time, so the merged order follows the clock.
package main

import (
	"fmt"
	"sync"
	"time"
)

func source(name string, period time.Duration, n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			time.Sleep(period)
			ch <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return ch
}

func merge(chans ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan string) {
			defer wg.Done()
			for s := range c {
				out <- s
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	for s := range merge(source("a", 100*time.Millisecond, 3), source("b", 250*time.Millisecond, 2)) {
		fmt.Println(s)
	}
}
