// A producer fills a buffered channel while a consumer drains it. Only the
// consumer prints, so the FIFO order of the channel fixes the output.
package main

import (
	"fmt"
	"strings"
)

type item struct {
	id   int
	name string
}

func produce(n int, out chan<- item) {
	defer close(out)
	for i := 1; i <= n; i++ {
		out <- item{i, strings.Repeat("#", i)}
	}
}

func consume(in <-chan item, done chan<- int) {
	total := 0
	for it := range in {
		fmt.Printf("consumed %2d %s\n", it.id, it.name)
		total += it.id
	}
	done <- total
}

func main() {
	buf := make(chan item, 3)
	done := make(chan int)
	go produce(8, buf)
	go consume(buf, done)
	fmt.Println("total:", <-done)
}
