// Producer and consumer with a WaitGroup and a buffered channel; the
// consumer sums what the three producers send.
package main

import (
	"fmt"
	"sync"
)

func produce(id int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 1; i <= 5; i++ {
		out <- id * i
	}
}

func main() {
	ch := make(chan int, 5)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go produce(id, ch, &wg)
	}
	go func() {
		wg.Wait()
		close(ch)
	}()
	sum, n := 0, 0
	for v := range ch {
		sum += v
		n++
	}
	fmt.Println("received", n, "values, sum", sum)
}
