// Unlocking a Mutex that is not locked is a fatal error ("fatal error: sync:
// unlock of unlocked mutex"): it cannot be recovered, the deferred recover
// below does not help.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("first unlock fine")
	mu.Unlock()
	fmt.Println("never printed")
}
