// Fan-out: several goroutines read from the same input channel.
// Fan-in: their outputs are merged into one channel with a WaitGroup closing
// it. The merged order is not deterministic, so main sorts the values.
package main

import (
	"fmt"
	"slices"
	"sync"
)

func source(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func cube(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v * v
		}
	}()
	return out
}

func merge(chans ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := source(12)
	workers := make([]<-chan int, 4)
	for i := range workers {
		workers[i] = cube(in)
	}
	var got []int
	sum := 0
	for v := range merge(workers...) {
		got = append(got, v)
		sum += v
	}
	slices.Sort(got)
	fmt.Println(got)
	fmt.Println("count:", len(got), "sum:", sum)
}
