// Calling Done more times than Add panics with "sync: negative WaitGroup
// counter".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	for i := 0; i < 2; i++ {
		go func() {
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("counter back to zero")
	wg.Done()
	fmt.Println("never printed")
}
