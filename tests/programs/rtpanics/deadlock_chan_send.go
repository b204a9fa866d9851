// main sends on a full buffered channel without a receiver: deadlock with
// wait reason "chan send". The first send fits in the buffer and succeeds.
package main

import "fmt"

func main() {
	buf := make(chan string, 1)
	buf <- "fits in the buffer"
	fmt.Println(len(buf), cap(buf))
	buf <- "does not fit"
	fmt.Println("never printed")

	// (an unbuffered send with no receiver would block the same way)
	_ = make(chan int)
}
