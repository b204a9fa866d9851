// Several goroutines recurse deeply at the same time, so each one's stack
// grows (and is copied) independently. Each writes its own result slot.
package main

import (
	"fmt"
	"sync"
)

type node struct {
	val  int
	next *node
}

// build makes a list recursively; the pointers in each frame must survive
// the stack being moved.
func build(n int) *node {
	if n == 0 {
		return nil
	}
	local := node{val: n}
	local.next = build(n - 1)
	return &local
}

func length(l *node) int {
	if l == nil {
		return 0
	}
	return 1 + length(l.next)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	depths := []int{10, 1000, 20000, 50000}
	lengths := make([]int, len(depths))
	fibs := make([]int, len(depths))
	var wg sync.WaitGroup
	for i, d := range depths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lengths[i] = length(build(d))
			fibs[i] = fib(15 + i)
		}()
	}
	wg.Wait()
	for i, d := range depths {
		fmt.Printf("depth %d: list length %d, fib(%d) = %d\n", d, lengths[i], 15+i, fibs[i])
	}
}
