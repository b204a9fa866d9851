// Unbuffered channels: two goroutines pass a ball back and forth.
// A send on an unbuffered channel waits until the other side receives,
// so the lines always come out in this order.
package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- bool) {
	for ball := range in {
		fmt.Println(name, "hits", ball)
		if ball == 6 {
			close(out)
			done <- true
			return
		}
		out <- ball + 1
	}
	done <- true
}

func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan bool)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 1
	<-done
	<-done
	fmt.Println("game over")
}
