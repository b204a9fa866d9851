// context.WithCancel: cancel closes Done, Err becomes context.Canceled, and a
// worker watching ctx.Done stops. Calling cancel again is harmless.
package main

import (
	"context"
	"errors"
	"fmt"
)

func worker(ctx context.Context, in <-chan int, out chan<- string) {
	sum := 0
	for {
		select {
		case v := <-in:
			sum += v
		case <-ctx.Done():
			out <- fmt.Sprintf("worker stopped: %v (sum %d)", ctx.Err(), sum)
			return
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println("Err before cancel:", ctx.Err())
	in := make(chan int)
	out := make(chan string)
	go worker(ctx, in, out)
	for i := 1; i <= 10; i++ {
		in <- i
	}
	cancel()
	fmt.Println(<-out)
	fmt.Println("Err after cancel:", ctx.Err())
	fmt.Println("is Canceled:", errors.Is(ctx.Err(), context.Canceled), ctx.Err() == context.Canceled)
	cancel()
	fmt.Println("second cancel ok, Err:", ctx.Err())

	select {
	case <-ctx.Done():
		fmt.Println("Done is closed")
	default:
		fmt.Println("Done still open")
	}
	_, hasDeadline := ctx.Deadline()
	fmt.Println("has deadline:", hasDeadline)
}
