// RUnlock without a matching RLock is a fatal error: "fatal error: sync:
// RUnlock of unlocked RWMutex". recover cannot catch it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("balanced read locks fine")
	rw.RUnlock()
	fmt.Println("never printed")
}
