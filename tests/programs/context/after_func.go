// context.AfterFunc (Go 1.21) runs f in its own goroutine after ctx is done.
// The returned stop function prevents the call if it has not started.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan string, 1)
	stop := context.AfterFunc(ctx, func() {
		ran <- "cleanup ran: " + ctx.Err().Error()
	})
	cancel()
	fmt.Println(<-ran)
	fmt.Println("stop after it ran:", stop())

	ctx2, cancel2 := context.WithCancel(context.Background())
	called := false
	stop2 := context.AfterFunc(ctx2, func() { called = true })
	fmt.Println("stop before cancel:", stop2())
	fmt.Println("stop again:", stop2())
	cancel2()
	fmt.Println("called:", called)

	// AfterFunc on an already-cancelled context runs immediately.
	done := make(chan bool)
	context.AfterFunc(ctx, func() { done <- true })
	fmt.Println("already done, ran:", <-done)
}
