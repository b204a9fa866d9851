// context.WithCancelCause and context.Cause (Go 1.20), WithTimeoutCause and
// WithDeadlineCause (Go 1.21): Err stays Canceled/DeadlineExceeded, Cause
// returns the reason given.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errShutdown = errors.New("server shutting down")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	fmt.Println("before:", ctx.Err(), context.Cause(ctx))
	cancel(errShutdown)
	fmt.Println("after:", ctx.Err(), "| cause:", context.Cause(ctx))
	cancel(errors.New("second cause ignored"))
	fmt.Println("cause kept:", context.Cause(ctx) == errShutdown)

	// A nil cause means Canceled.
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println("nil cause:", context.Cause(ctx2))

	// Children see the parent's cause.
	parent, pcancel := context.WithCancelCause(context.Background())
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	pcancel(fmt.Errorf("quota exceeded: %w", errShutdown))
	<-child.Done()
	fmt.Println("child err:", child.Err(), "| cause:", context.Cause(child))
	fmt.Println("wraps errShutdown:", errors.Is(context.Cause(child), errShutdown))

	tctx, tcancel := context.WithTimeoutCause(context.Background(), 20*time.Millisecond, errors.New("too slow"))
	defer tcancel()
	<-tctx.Done()
	fmt.Println("timeout:", tctx.Err(), "| cause:", context.Cause(tctx))

	dctx, dcancel := context.WithDeadlineCause(context.Background(), time.Now().Add(-time.Second), errors.New("already late"))
	defer dcancel()
	fmt.Println("deadline:", dctx.Err(), "| cause:", context.Cause(dctx))

	fmt.Println("background cause:", context.Cause(context.Background()))
}
