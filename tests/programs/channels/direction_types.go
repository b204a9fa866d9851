// Channel direction types: a bidirectional channel converts implicitly to a
// send-only or receive-only one. %T shows the direction.
package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- int) {
	sum := 0
	for v := range in {
		sum += v
	}
	done <- sum
}

func makeStream(words ...string) <-chan string {
	ch := make(chan string, len(words))
	for _, w := range words {
		ch <- w
	}
	close(ch)
	return ch
}

func main() {
	ch := make(chan int)
	done := make(chan int)
	go producer(ch, 6)
	go consumer(ch, done)
	fmt.Println("sum of squares:", <-done)

	var send chan<- int = ch
	var recv <-chan int = ch
	fmt.Printf("%T %T %T\n", ch, send, recv)
	fmt.Printf("%T\n", makeStream())
	var nested chan<- <-chan string
	fmt.Printf("%T\n", nested)
	var fn func(<-chan int) chan<- bool
	fmt.Printf("%T\n", fn)

	for w := range makeStream("a", "b", "c") {
		fmt.Print(w)
	}
	fmt.Println()
	fmt.Println("same channel:", send == ch, recv == ch)
}
