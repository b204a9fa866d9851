// sync.RWMutex: many readers at once, writers alone. A cache is filled by
// writers and read concurrently by readers; the final contents are fixed.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type cache struct {
	mu   sync.RWMutex
	data map[string]int
}

func (c *cache) get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *cache) set(k string, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := &cache{data: map[string]int{}}
	keys := []string{"a", "b", "c", "d", "e"}
	var wg sync.WaitGroup
	for i, k := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.set(k, (i+1)*10)
		}()
	}
	wg.Wait()

	var hits sync.Map
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := 0
			for _, k := range keys {
				if _, ok := c.get(k); ok {
					n++
				}
			}
			_, missing := c.get("zzz")
			hits.Store(r, fmt.Sprint(n, missing))
		}()
	}
	wg.Wait()
	hits.Range(func(k, v any) bool {
		if v != "5 false" {
			fmt.Println("reader", k, "saw", v)
		}
		return true
	})
	sorted := make([]string, 0, len(c.data))
	for k, v := range c.data {
		sorted = append(sorted, fmt.Sprintf("%s=%d", k, v))
	}
	sort.Strings(sorted)
	fmt.Println(sorted)
}
