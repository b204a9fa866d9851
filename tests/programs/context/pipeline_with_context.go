// A pipeline whose stages all watch one context. When the consumer stops
// early with cancel, every stage returns; a WaitGroup proves they exited.
package main

import (
	"context"
	"fmt"
	"sync"
)

func stage(ctx context.Context, wg *sync.WaitGroup, in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for v := range in {
			select {
			case out <- f(v):
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func source(ctx context.Context, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	out := stage(ctx, &wg, stage(ctx, &wg, source(ctx, &wg), double), inc)
	for i := 0; i < 6; i++ {
		fmt.Print(<-out, " ")
	}
	fmt.Println()
	cancel()
	wg.Wait()
	fmt.Println("all stages exited:", ctx.Err())
}
