// Ten thousand goroutines, each adding to an atomic counter and to its own
// slot. Goroutines are cheap: each starts with a small stack.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 10000
	var counter atomic.Int64
	slots := make([]int, n)
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			defer wg.Done()
			counter.Add(int64(i))
			slots[i] = i % 7
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter.Load())
	hist := make([]int, 7)
	for _, s := range slots {
		hist[s]++
	}
	fmt.Println("histogram:", hist)
}
