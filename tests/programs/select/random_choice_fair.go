// When several cases are ready, select picks one uniformly at random.
// Over many rounds both cases are chosen; the program prints only facts that
// hold with overwhelming probability, never the exact counts.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	countA, countB := 0, 0
	for i := 0; i < 2000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			countA++
			<-b
		case <-b:
			countB++
			<-a
		}
	}
	fmt.Println("total:", countA+countB)
	fmt.Println("both chosen:", countA > 0 && countB > 0)
	fmt.Println("roughly fair:", countA > 700 && countB > 700)

	// A closed channel and a ready buffered channel: both get picked.
	closed := make(chan int)
	close(closed)
	seenClosed, seenBuf := false, false
	for i := 0; i < 200; i++ {
		buf := make(chan int, 1)
		buf <- 1
		select {
		case <-closed:
			seenClosed = true
		case <-buf:
			seenBuf = true
		}
	}
	fmt.Println("closed picked:", seenClosed, "buffered picked:", seenBuf)
}
