// An unbuffered channel synchronizes sender and receiver: a send completes
// only when a receiver takes the value. The goroutine prints only after
// receiving, and main prints only after its send or receive completed.
package main

import "fmt"

func main() {
	ch := make(chan string)
	reply := make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			msg := <-ch
			reply <- "echo: " + msg
		}
	}()
	for _, s := range []string{"one", "two", "three"} {
		ch <- s
		fmt.Println(<-reply)
	}
	fmt.Println("len", len(ch), "cap", cap(ch))

	// A value sent on an unbuffered channel is a copy.
	type point struct{ x, y int }
	pc := make(chan point)
	p := point{1, 2}
	go func() { pc <- p }()
	q := <-pc
	q.x = 100
	fmt.Println(p, q)
}
