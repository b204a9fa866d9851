// for range over a channel receives until the channel is closed and empty.
package main

import "fmt"

func countdown(from int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := from; i >= 0; i-- {
			ch <- i
		}
		close(ch)
	}()
	return ch
}

func main() {
	for v := range countdown(5) {
		fmt.Print(v, " ")
	}
	fmt.Println("liftoff")

	// Range with break leaves the remaining values in the buffer.
	buf := make(chan int, 6)
	for i := 1; i <= 6; i++ {
		buf <- i
	}
	close(buf)
	for v := range buf {
		if v == 3 {
			break
		}
		fmt.Println("got", v)
	}
	fmt.Println("left in buffer:", len(buf))
	for v := range buf {
		fmt.Println("drained", v)
	}

	// Range without a loop variable just counts.
	n := 0
	for range countdown(9) {
		n++
	}
	fmt.Println("received", n)
}
