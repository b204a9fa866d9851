// Polling: a loop with select/default does other work until a result is
// ready. The amount of work done meanwhile varies, so only the result and
// the fact that polling happened at least once are printed.
package main

import (
	"fmt"
	"time"
)

func main() {
	result := make(chan string)
	go func() {
		time.Sleep(60 * time.Millisecond)
		result <- "answer=42"
	}()
	polls := 0
	for {
		select {
		case r := <-result:
			fmt.Println("got", r)
			fmt.Println("polled at least once:", polls > 0)
			return
		default:
			polls++
			time.Sleep(5 * time.Millisecond)
		}
	}
}
