// Receiving from a closed channel first drains the buffered values, then
// returns the zero value with ok == false, forever, without blocking.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 10
	ch <- 20
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Println(v, ok)
	}

	sc := make(chan string, 1)
	sc <- "last"
	close(sc)
	s, ok := <-sc
	fmt.Printf("%q %v\n", s, ok)
	s, ok = <-sc
	fmt.Printf("%q %v\n", s, ok)

	pc := make(chan *int)
	close(pc)
	p, ok := <-pc
	fmt.Println(p == nil, ok)

	// A receive without comma-ok also returns the zero value.
	ec := make(chan error)
	close(ec)
	fmt.Println(<-ec)

	// Closing wakes a receiver that is already blocked.
	wait := make(chan struct{})
	res := make(chan bool)
	go func() {
		_, ok := <-wait
		res <- ok
	}()
	close(wait)
	fmt.Println("blocked receiver woke with ok =", <-res)
}
