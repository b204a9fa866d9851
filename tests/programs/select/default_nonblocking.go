// select with default makes sends and receives non-blocking.
package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 2)
	for i := 1; i <= 3; i++ {
		fmt.Println("send", i, trySend(ch, i))
	}
	for i := 0; i < 3; i++ {
		v, ok := tryRecv(ch)
		fmt.Println("recv", v, ok)
	}

	unbuf := make(chan int)
	fmt.Println("unbuffered send without receiver:", trySend(unbuf, 1))

	closed := make(chan int)
	close(closed)
	v, ok := tryRecv(closed)
	fmt.Println("closed channel is always ready:", v, ok)

	// A select with only a default case just runs it.
	select {
	default:
		fmt.Println("only default")
	}
}
