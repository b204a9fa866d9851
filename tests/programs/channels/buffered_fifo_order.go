// A buffered channel is a FIFO queue. Values from a single sender arrive in
// the order they were sent, even when the receiver starts late.
package main

import (
	"fmt"
	"time"
)

func main() {
	q := make(chan string, 5)
	go func() {
		for _, s := range []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh"} {
			q <- s
		}
		close(q)
	}()
	time.Sleep(50 * time.Millisecond) // the sender fills the buffer and blocks
	fmt.Println("buffered while receiver slept:", len(q))
	i := 1
	for s := range q {
		fmt.Println(i, s)
		i++
	}
}
