// Buffered channels: sends do not wait while there is room in the buffer.
// len is how many values wait inside, cap is the buffer's size.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "first"
	ch <- "second"
	fmt.Println("len", len(ch), "cap", cap(ch))
	ch <- "third" // the buffer is now full: a fourth send would block
	close(ch)
	for s := range ch {
		fmt.Println("got", s)
	}
	v, ok := <-ch
	fmt.Printf("after close: %q %v\n", v, ok)
}
