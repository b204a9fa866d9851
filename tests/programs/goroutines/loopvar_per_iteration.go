// Since Go 1.22 each loop iteration has its own variable, so goroutines
// started in a loop see distinct values. The goroutines send on a channel and
// main sorts what it receives, which keeps the output deterministic.
package main

import (
	"fmt"
	"slices"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ch <- i * 10
		}()
	}
	wg.Wait()
	close(ch)

	var got []int
	for v := range ch {
		got = append(got, v)
	}
	slices.Sort(got)
	fmt.Println(got)

	// range over a slice: the element variable is per-iteration too.
	words := []string{"alpha", "beta", "gamma"}
	out := make(chan string, len(words))
	for _, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out <- w + "!"
		}()
	}
	wg.Wait()
	close(out)
	var all []string
	for s := range out {
		all = append(all, s)
	}
	slices.Sort(all)
	fmt.Println(all)
}
