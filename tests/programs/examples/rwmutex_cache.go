// sync.RWMutex: many readers may hold the lock together, a writer holds it alone.
package main

import (
	"fmt"
	"sync"
)

type cache struct {
	mu   sync.RWMutex
	data map[int]int
}

func (c *cache) get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *cache) set(k, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := &cache{data: map[int]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.set(i, i*10)
		}(i)
	}
	wg.Wait()
	sum := 0
	for i := 0; i < 5; i++ {
		v, _ := c.get(i)
		sum += v
	}
	_, ok := c.get(99)
	fmt.Println("sum:", sum, "has 99:", ok)
}
