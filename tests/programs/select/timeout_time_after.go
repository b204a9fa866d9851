// Timeouts with select and time.After: a slow operation loses against a
// short timeout, a fast one wins against a long timeout. The durations are
// far apart so the outcome does not depend on scheduling.
package main

import (
	"fmt"
	"time"
)

func work(d time.Duration, result string) <-chan string {
	ch := make(chan string, 1) // buffered: the worker never blocks forever
	go func() {
		time.Sleep(d)
		ch <- result
	}()
	return ch
}

func fetch(d, timeout time.Duration) string {
	select {
	case r := <-work(d, "finished after "+d.String()):
		return r
	case <-time.After(timeout):
		return "timeout after " + timeout.String()
	}
}

func main() {
	fmt.Println(fetch(300*time.Millisecond, 50*time.Millisecond))
	fmt.Println(fetch(0, 300*time.Millisecond))
	fmt.Println(fetch(20*time.Millisecond, 500*time.Millisecond))

	// The value received from time.After is a time.Time.
	t := <-time.After(time.Millisecond)
	fmt.Printf("%T %v\n", t, t.IsZero())
}
