// sync.Mutex is not reentrant: locking it twice in the same goroutine
// blocks forever, which the runtime reports as a deadlock.
package main

import (
	"fmt"
	"sync"
)

type store struct {
	mu   sync.Mutex
	data map[string]int
}

func (s *store) get(k string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.data[k]
}

func (s *store) incr(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data[k] = s.get(k) + 1 // get locks again: deadlock
}

func main() {
	s := &store{data: map[string]int{}}
	fmt.Println("get:", s.get("x"))
	s.incr("x")
	fmt.Println("never printed")
}
