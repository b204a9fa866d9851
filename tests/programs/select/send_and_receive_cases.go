// A select can mix send and receive cases. This pumps values from an input
// list to an output channel while also accepting acknowledgements, using a
// nil channel to switch the send case off when there is nothing to send.
package main

import "fmt"

func main() {
	out := make(chan int)
	acks := make(chan int)
	go func() {
		for v := range out {
			acks <- v * 10
		}
		close(acks)
	}()

	pending := []int{1, 2, 3, 4, 5}
	var got []int
	for len(got) < 5 {
		var sendCh chan int
		var next int
		if len(pending) > 0 {
			sendCh = out
			next = pending[0]
		}
		select {
		case sendCh <- next:
			pending = pending[1:]
		case a := <-acks:
			got = append(got, a)
		}
	}
	close(out)
	_, ok := <-acks
	fmt.Println("acks:", got, "acks open:", ok)
}
