// Request/response with a channel of channels: each request carries the
// channel its answer must be sent on.
package main

import (
	"fmt"
	"strings"
)

type request struct {
	text  string
	reply chan string
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- strings.ToUpper(r.text)
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for _, t := range []string{"hello", "channels", "of", "channels"} {
		r := request{t, make(chan string)}
		reqs <- r
		fmt.Println(t, "->", <-r.reply)
	}
	close(reqs)

	// A channel that carries receive-only channels.
	futures := make(chan (<-chan int), 3)
	for i := 1; i <= 3; i++ {
		c := make(chan int, 1)
		c <- i * 100
		futures <- c
	}
	close(futures)
	for f := range futures {
		fmt.Println("future:", <-f)
	}
}
