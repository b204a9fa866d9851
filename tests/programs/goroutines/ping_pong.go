// Two goroutines pass a ball back and forth over unbuffered channels. Only
// the holder of the ball prints, so the output order is fixed.
package main

import "fmt"

type ball struct{ hits int }

func player(name string, in <-chan *ball, out chan<- *ball, done chan<- string) {
	for b := range in {
		b.hits++
		fmt.Println(name, b.hits)
		if b.hits >= 9 {
			done <- name
			return
		}
		out <- b
	}
}

func main() {
	pingCh := make(chan *ball)
	pongCh := make(chan *ball)
	done := make(chan string)
	go player("ping", pingCh, pongCh, done)
	go player("pong", pongCh, pingCh, done)
	pingCh <- new(ball)
	fmt.Println("last hit by", <-done)
}
