// If the function passed to Once.Do panics, Do considers it returned: later
// calls do not run anything. Once.Do called recursively from f would
// deadlock, so it is not done here.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	calls := 0
	call := func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		once.Do(func() {
			calls++
			panic("init failed")
		})
		fmt.Println("Do returned normally")
	}
	call()
	call()
	call()
	fmt.Println("calls:", calls)
}
