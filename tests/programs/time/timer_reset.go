// Timer.Reset in Go 1.23: Reset on an expired timer whose value was not yet
// received discards the stale value, so the next receive gets the new
// expiration. Reset reports whether the timer was active.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	time.Sleep(80 * time.Millisecond) // expired, value not received
	start := time.Now()
	fmt.Println("Reset on expired timer:", t.Reset(100*time.Millisecond))
	<-t.C
	fmt.Println("waited for the new expiration:", time.Since(start) >= 100*time.Millisecond)

	fmt.Println("Reset after its value was received:", t.Reset(time.Hour))
	fmt.Println("Reset again while active:", t.Reset(50*time.Millisecond))
	<-t.C
	fmt.Println("fired after second reset")

	// Reset after Stop restarts the timer.
	t.Stop()
	fmt.Println("Reset after Stop:", t.Reset(30*time.Millisecond))
	<-t.C
	fmt.Println("fired after Stop+Reset")

	// A debounce: repeated Resets push the deadline out; it fires once.
	deb := time.NewTimer(100 * time.Millisecond)
	for i := 0; i < 3; i++ {
		time.Sleep(30 * time.Millisecond)
		deb.Reset(100 * time.Millisecond)
	}
	fires := 0
	timeout := time.After(300 * time.Millisecond)
loop:
	for {
		select {
		case <-deb.C:
			fires++
		case <-timeout:
			break loop
		}
	}
	fmt.Println("debounced fires:", fires)
}
