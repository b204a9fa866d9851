// context.WithDeadline: Deadline reports the time, time.Until it is
// positive until it passes, and a child cannot extend its parent's deadline.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	deadline := time.Now().Add(150 * time.Millisecond)
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()

	d, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok, "same time:", d.Equal(deadline))
	fmt.Println("time left positive:", time.Until(d) > 0)

	// The child asks for a later deadline but inherits the earlier one.
	child, cancelChild := context.WithDeadline(ctx, deadline.Add(time.Hour))
	defer cancelChild()
	cd, _ := child.Deadline()
	fmt.Println("child deadline is parent's:", cd.Equal(deadline))

	// A child with an earlier deadline expires first.
	early, cancelEarly := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancelEarly()
	<-early.Done()
	fmt.Println("early child:", early.Err(), "| parent:", ctx.Err())

	<-child.Done()
	fmt.Println("child:", child.Err(), "| parent:", ctx.Err())
	fmt.Println("past the deadline:", time.Until(d) <= 0)

	past, cancelPast := context.WithDeadline(context.Background(), time.Now().Add(-time.Minute))
	defer cancelPast()
	fmt.Println("deadline in the past:", past.Err())
}
