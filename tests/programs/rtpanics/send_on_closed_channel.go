// Sending on a closed channel panics with "send on closed channel". The
// receives before it show the buffered values and the closed state.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	fmt.Println(<-ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	ch <- 3
}
