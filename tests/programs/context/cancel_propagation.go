// Cancellation flows down the tree: cancelling a parent cancels all of its
// descendants; cancelling a child leaves the parent and siblings alone.
package main

import (
	"context"
	"fmt"
)

func state(name string, ctx context.Context) {
	fmt.Printf("%-8s %v\n", name, ctx.Err())
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	b, cancelB := context.WithCancel(root)
	a1, cancelA1 := context.WithCancel(a)
	defer cancelB()
	defer cancelA1()

	cancelA()
	fmt.Println("-- after cancelling a")
	state("root", root)
	state("a", a)
	state("a1", a1)
	state("b", b)

	cancelRoot()
	fmt.Println("-- after cancelling root")
	state("root", root)
	state("b", b)

	// A child created from an already-cancelled parent starts cancelled.
	late, cancelLate := context.WithCancel(root)
	defer cancelLate()
	state("late", late)

	// A goroutine waiting on a grandchild wakes when the root is cancelled.
	r2, cancelR2 := context.WithCancel(context.Background())
	g, cancelG := context.WithCancel(r2)
	defer cancelG()
	gg, cancelGG := context.WithTimeout(g, 1<<62)
	defer cancelGG()
	woke := make(chan error)
	go func() {
		<-gg.Done()
		woke <- gg.Err()
	}()
	cancelR2()
	fmt.Println("grandchild woke with:", <-woke)
}
