// A select without default blocks until one case can proceed. Goroutines
// make the cases ready one at a time, 100ms apart, so the order is fixed.
package main

import (
	"fmt"
	"time"
)

func after(d time.Duration, ch chan<- string, msg string) {
	time.Sleep(d)
	ch <- msg
}

func main() {
	a := make(chan string)
	b := make(chan string)
	c := make(chan int)
	go after(200*time.Millisecond, a, "from a")
	go after(100*time.Millisecond, b, "from b")
	go func() {
		time.Sleep(300 * time.Millisecond)
		<-c
	}()
	for i := 0; i < 3; i++ {
		select {
		case m := <-a:
			fmt.Println(m)
		case m := <-b:
			fmt.Println(m)
		case c <- 7:
			fmt.Println("sent 7 to c")
		}
	}
}
