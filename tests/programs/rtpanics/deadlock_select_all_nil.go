// A select whose every case uses a nil channel can never proceed, and has
// no default: the goroutine blocks forever and the deadlock is reported.
package main

import "fmt"

func main() {
	var in chan int
	var out chan string
	fmt.Println("selecting on nil channels")
	select {
	case v := <-in:
		fmt.Println(v)
	case out <- "x":
		fmt.Println("sent")
	}
}
