// sync/atomic: the same counter without a mutex, using atomic.Int64.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var hits atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				hits.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", hits.Load())
	var flag atomic.Bool
	fmt.Println("swapped:", flag.CompareAndSwap(false, true), flag.Load())
}
