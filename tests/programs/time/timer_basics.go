// time.NewTimer fires once: its channel delivers the fire time. Stop
// reports whether it stopped the timer before it fired. Go 1.23 timers
// have unbuffered channels (cap 0).
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(50 * time.Millisecond)
	fmt.Println("cap:", cap(t.C), "len:", len(t.C))
	fired := <-t.C
	fmt.Println("fired after >= 50ms:", fired.Sub(start) >= 50*time.Millisecond)
	fmt.Println("Stop after fire:", t.Stop())

	t2 := time.NewTimer(time.Hour)
	fmt.Println("Stop before fire:", t2.Stop())
	fmt.Println("Stop again:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("unexpected value")
	default:
		fmt.Println("stopped timer delivers nothing")
	}

	// A timer with zero duration fires right away.
	t3 := time.NewTimer(0)
	<-t3.C
	fmt.Println("zero timer fired")

	// A timer whose time has passed but whose value nobody received: in
	// Go 1.23 the channel is synchronous and nothing is delivered until a
	// receive, so the timer still counts as active — Stop returns true and
	// no stale value is left behind.
	t4 := time.NewTimer(10 * time.Millisecond)
	time.Sleep(60 * time.Millisecond)
	fmt.Println("Stop expired-but-unreceived:", t4.Stop())
	select {
	case <-t4.C:
		fmt.Println("stale value (pre-1.23 behaviour)")
	default:
		fmt.Println("no stale value")
	}
}
