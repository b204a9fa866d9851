// WaitGroup.Wait with a counter that never reaches zero: one Add too many.
// The workers finish, then main is the only goroutine left, blocked in Wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Add(1) // no matching Done
	fmt.Println("waiting")
	wg.Wait()
	fmt.Println("never printed", results)
}
