// sync.Once runs its function exactly once, even when Do is called from many
// goroutines at the same time; later calls wait for the first to finish.
package main

import (
	"fmt"
	"sync"
)

type config struct {
	once   sync.Once
	values map[string]string
	loads  int
}

func (c *config) get(key string) string {
	c.once.Do(func() {
		c.loads++
		c.values = map[string]string{"host": "localhost", "port": "8080"}
	})
	return c.values[key]
}

func main() {
	c := &config{}
	var wg sync.WaitGroup
	results := make([]string, 10)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 0 {
				results[i] = c.get("host")
			} else {
				results[i] = c.get("port")
			}
		}()
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("loads:", c.loads)

	// Do with a different function still does nothing after the first call.
	var once sync.Once
	once.Do(func() { fmt.Println("first") })
	once.Do(func() { fmt.Println("second (never)") })
	fmt.Println("done")
}
