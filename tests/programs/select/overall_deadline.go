// One timer for a whole loop: a ticker-like producer sends every 100ms and
// the loop stops at an overall deadline of 350ms, so exactly 3 values arrive
// (at about 100, 200 and 300 ms; the deadline is 50ms from either side).
package main

import (
	"fmt"
	"time"
)

func main() {
	values := make(chan int)
	go func() {
		for i := 1; ; i++ {
			time.Sleep(100 * time.Millisecond)
			values <- i
		}
	}()
	deadline := time.After(350 * time.Millisecond)
	var got []int
	for {
		select {
		case v := <-values:
			got = append(got, v)
			continue
		case <-deadline:
		}
		break
	}
	fmt.Println("received before deadline:", got)
}
