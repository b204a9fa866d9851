// Unlock of an RWMutex that is not write-locked is also fatal:
// "fatal error: sync: Unlock of unlocked RWMutex".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	fmt.Println("first Unlock fine")
	rw.Unlock()
	fmt.Println("never printed")
}
