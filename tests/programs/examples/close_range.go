// Closing a channel ends a range loop over it. A producer closes the
// channel when it has sent everything; the consumer needs no count.
package main

import "fmt"

func fibonacci(n int, ch chan<- int) {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		ch <- a
		a, b = b, a+b
	}
	close(ch)
}

func main() {
	ch := make(chan int, 4)
	go fibonacci(12, ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
