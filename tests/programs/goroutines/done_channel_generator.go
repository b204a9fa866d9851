// A generator goroutine that stops when a done channel is closed. main takes
// five values, closes done, and waits for the generator to confirm it exited.
package main

import "fmt"

func fibonacci(done <-chan struct{}, exited chan<- string) <-chan int {
	out := make(chan int)
	go func() {
		defer func() { exited <- "generator stopped" }()
		defer close(out)
		a, b := 0, 1
		for {
			select {
			case out <- a:
				a, b = b, a+b
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	exited := make(chan string)
	fib := fibonacci(done, exited)
	for i := 0; i < 10; i++ {
		fmt.Print(<-fib, " ")
	}
	fmt.Println()
	close(done)
	// The generator may have sent more values before seeing done; drain until
	// it closes out.
	for range fib {
	}
	fmt.Println(<-exited)
	_, ok := <-fib
	fmt.Println("channel open:", ok)
}
