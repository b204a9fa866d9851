// WaitGroup patterns: Add(n) once before starting n goroutines, reuse the
// same WaitGroup for a second round, and several goroutines Waiting on it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	squares := make([]int, 6)
	wg.Add(len(squares))
	for i := range squares {
		go func() {
			defer wg.Done()
			squares[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println("round 1:", squares)

	// Reuse after Wait returned.
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go func() {
			squares[i] = -squares[i]
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("round 2:", squares)

	// Several waiters are all released when the counter reaches zero.
	var gate, waiters sync.WaitGroup
	gate.Add(1)
	released := make(chan int, 3)
	for w := 0; w < 3; w++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			gate.Wait()
			released <- w
		}()
	}
	gate.Done()
	waiters.Wait()
	fmt.Println("waiters released:", len(released))

	// Wait on a zero WaitGroup returns at once.
	var zero sync.WaitGroup
	zero.Wait()
	fmt.Println("zero WaitGroup does not block")
}
