// len and cap of a buffered channel as values are sent and received.
// No goroutines: the buffer holds the values, so nothing blocks.
package main

import "fmt"

func main() {
	ch := make(chan int, 4)
	fmt.Println("empty:", len(ch), cap(ch))
	for i := 1; i <= 4; i++ {
		ch <- i * 11
		fmt.Println("after send", i, "len", len(ch))
	}
	fmt.Println("first out:", <-ch, "len", len(ch))
	ch <- 55
	fmt.Println("refilled len", len(ch))
	for len(ch) > 0 {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()

	var nilCh chan int
	fmt.Println("nil chan:", len(nilCh), cap(nilCh), nilCh == nil)
	unbuf := make(chan bool)
	fmt.Println("unbuffered:", len(unbuf), cap(unbuf))
	zero := make(chan int, 0)
	fmt.Println("explicit zero:", cap(zero))

	var n int64 = 3
	sized := make(chan string, n)
	fmt.Println("int64 size:", cap(sized))
	close(ch)
	fmt.Println("closed empty len", len(ch), "cap", cap(ch))
}
