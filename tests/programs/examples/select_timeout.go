// select with a timeout: wait for a result, but not forever.
// The slow worker needs 500 ms, the timeout fires after 200 ms.
package main

import (
	"fmt"
	"time"
)

func work(d time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- fmt.Sprintf("done in %v", d)
	}()
	return ch
}

func main() {
	for _, d := range []time.Duration{100 * time.Millisecond, 500 * time.Millisecond} {
		select {
		case r := <-work(d):
			fmt.Println("result:", r)
		case <-time.After(200 * time.Millisecond):
			fmt.Println("timeout waiting for", d)
		}
	}
}
