// Goroutines started in a loop capture per-iteration variables; a
// closure passed to a function whose parameter leaks escapes.
package main

import "sync"

//go:noinline
func run(f func()) { go f() }

//go:noinline
func fanOut(n int) int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	return total
}

//go:noinline
func viaRun() {
	x := 1
	run(func() { x++ })
}

func main() {
	println(fanOut(4))
	viaRun()
}
