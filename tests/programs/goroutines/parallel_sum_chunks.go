// Split a slice into chunks, sum each chunk in its own goroutine writing to
// its own slot of a results slice, then combine. No locks are needed because
// every goroutine writes a different element.
package main

import (
	"fmt"
	"sync"
)

func main() {
	data := make([]int, 1000)
	for i := range data {
		data[i] = i + 1
	}
	const chunks = 8
	partial := make([]int, chunks)
	var wg sync.WaitGroup
	size := (len(data) + chunks - 1) / chunks
	for c := 0; c < chunks; c++ {
		lo := c * size
		hi := min(lo+size, len(data))
		wg.Add(1)
		go func(c int, part []int) {
			defer wg.Done()
			for _, v := range part {
				partial[c] += v
			}
		}(c, data[lo:hi])
	}
	wg.Wait()
	total := 0
	for c, p := range partial {
		fmt.Printf("chunk %d: %d\n", c, p)
		total += p
	}
	fmt.Println("total:", total, "expected:", len(data)*(len(data)+1)/2)
}
