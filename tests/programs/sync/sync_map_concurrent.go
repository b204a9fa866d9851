// Goroutines store into a sync.Map concurrently and race on LoadOrStore for
// shared keys; exactly one goroutine wins each key. Output is sorted.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	var winners atomic.Int32
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Store(fmt.Sprintf("own-%d", g), g*g)
			for k := 0; k < 4; k++ {
				if _, loaded := m.LoadOrStore(fmt.Sprintf("shared-%d", k), "set"); !loaded {
					winners.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("LoadOrStore winners:", winners.Load())

	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%s:%v", k, v))
		return true
	})
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k)
	}
}
