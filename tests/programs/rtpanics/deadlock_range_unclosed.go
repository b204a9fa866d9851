// A classic bug: the producer forgets to close the channel, so the consumer's
// for-range waits forever after the last value. The values are printed
// first, then the deadlock is reported.
package main

import "fmt"

func produce(ch chan<- int) {
	for i := 1; i <= 3; i++ {
		ch <- i
	}
	// missing close(ch)
}

func main() {
	ch := make(chan int)
	go produce(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	fmt.Println("never printed")
}
