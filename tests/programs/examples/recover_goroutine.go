// recover inside the goroutine turns its panic into an error value;
// the rest of the program goes on.
package main

import (
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, id int, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				fmt.Printf("goroutine %d recovered: %v\n", id, r)
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	var items []int
	safeGo(&wg, 1, func() { fmt.Println(items[3]) })
	wg.Wait()
	safeGo(&wg, 2, func() { panic("something went wrong") })
	wg.Wait()
	fmt.Println("main finished normally")
}
