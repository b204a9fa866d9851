// A mutex-protected counter: 4 goroutines x 1000 increments always gives
// 4000. The counter type embeds its mutex next to the data it guards.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
	by map[int]int
}

func (c *counter) inc(worker int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	c.by[worker]++
}

func (c *counter) value() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func main() {
	c := &counter{by: map[int]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				c.inc(w)
			}
		}()
	}
	wg.Wait()
	fmt.Println("total:", c.value())
	fmt.Println("per worker:", c.by)
}
