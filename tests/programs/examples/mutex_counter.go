// sync.Mutex: 100 goroutines increment one counter. The mutex makes each
// increment happen alone, so no update is lost.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func main() {
	var c counter
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.inc()
			}
		}()
	}
	wg.Wait()
	fmt.Println("count:", c.n)
}
