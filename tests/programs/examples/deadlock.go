// Deadlock: main waits on a channel that nobody will ever send to.
// The runtime sees that every goroutine is asleep and stops the program
// with "fatal error: all goroutines are asleep - deadlock!" (exit status 2).
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting for a value...")
	v := <-ch
	fmt.Println("never printed", v)
}
