// A producer loop that selects on ctx.Done next to its send: when the
// consumer has what it needs it cancels, and the producer returns cleanly.
package main

import (
	"context"
	"fmt"
)

func squares(ctx context.Context) (<-chan int, <-chan string) {
	out := make(chan int)
	exit := make(chan string, 1)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i * i:
			case <-ctx.Done():
				exit <- "producer: " + ctx.Err().Error()
				return
			}
		}
	}()
	return out, exit
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	vals, exit := squares(ctx)
	sum := 0
	for v := range vals {
		if v > 100 {
			cancel()
			break
		}
		sum += v
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println("sum:", sum)
	for range vals {
		// drain whatever the producer sent before it saw Done
	}
	fmt.Println(<-exit)
}
