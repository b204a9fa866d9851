// Signalling completion: a goroutine fills a result and closes a done
// channel. The close happens before the receive that observes it, so main
// can read the result without a lock.
package main

import (
	"fmt"
	"strings"
)

type task struct {
	input  string
	output string
	done   chan struct{}
}

func start(input string) *task {
	t := &task{input: input, done: make(chan struct{})}
	go func() {
		defer close(t.done)
		t.output = strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' {
				return 'a' + (r-'a'+13)%26
			}
			return r
		}, t.input)
	}()
	return t
}

func main() {
	tasks := []*task{start("hello"), start("gopher"), start("uryyb")}
	for _, t := range tasks {
		<-t.done
		fmt.Printf("%s -> %s\n", t.input, t.output)
	}
	// Waiting again on a closed done channel returns immediately.
	<-tasks[0].done
	fmt.Println("done channels stay closed")
}
