// A time.After per loop iteration gives each receive its own deadline. The
// producer sends three values quickly and then stalls; the fourth receive
// times out.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	stop := make(chan struct{})
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i
		}
		<-stop // stall
	}()
	for {
		select {
		case v := <-ch:
			fmt.Println("value", v)
			continue
		case <-time.After(100 * time.Millisecond):
			fmt.Println("no value within 100ms")
		}
		break
	}
	close(stop)
}
