// A nil channel: len and cap are 0, it compares equal to nil, and in a
// select its cases are never ready (so default runs).
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println(ch == nil, len(ch), cap(ch))
	fmt.Printf("%T\n", ch)

	select {
	case v := <-ch:
		fmt.Println("received", v)
	case ch <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("nil channel is never ready")
	}

	ready := make(chan int, 1)
	ready <- 42
	var off chan int
	for i := 0; i < 2; i++ {
		select {
		case v := <-ready:
			fmt.Println("ready gave", v)
			ready = nil
		case v := <-off:
			fmt.Println("impossible", v)
		default:
			fmt.Println("both disabled")
		}
	}

	ch = make(chan int)
	fmt.Println("after make:", ch != nil)
	var a, b chan int
	fmt.Println("nil == nil:", a == b)
}
