// A send that blocks on a full buffer does not change len: the waiting value
// is not in the buffer yet. When a receive frees a slot, the blocked sender's
// value moves in and order is preserved.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	sent := make(chan bool)
	go func() {
		ch <- 3
		sent <- true
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("len with a blocked sender:", len(ch))
	fmt.Println(<-ch)
	<-sent
	fmt.Println("len after sender finished:", len(ch))
	fmt.Println(<-ch, <-ch)

	// An unbuffered channel has len 0 even while a sender waits.
	u := make(chan string)
	go func() { u <- "hi" }()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("unbuffered len:", len(u))
	fmt.Println(<-u)
}
