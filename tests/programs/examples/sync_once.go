// sync.Once: many goroutines ask for the configuration; it is loaded once.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	loads  int
)

func getConfig() map[string]string {
	once.Do(func() {
		loads++
		config = map[string]string{"mode": "demo"}
	})
	return config
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = getConfig()["mode"]
		}()
	}
	wg.Wait()
	fmt.Println("mode:", getConfig()["mode"], "loads:", loads)
}
