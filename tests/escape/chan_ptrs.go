// Channels of pointers: a value sent on a channel flows to the heap; a
// received pointer is content of the channel.
package main

//go:noinline
func send(ch chan *int) {
	x := 1
	ch <- &x
}

//go:noinline
func recv(ch chan *int) *int {
	return <-ch
}

//go:noinline
func selectSend(ch chan []int, n int) {
	s := make([]int, 3)
	select {
	case ch <- s:
	default:
	}
}

func main() {
	ch := make(chan *int, 1)
	send(ch)
	println(*recv(ch))
	selectSend(make(chan []int, 1), 2)
}
