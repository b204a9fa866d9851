// Values sent on a channel escape; make(chan) is always a heap allocation
// by the runtime and prints nothing.
package main

//go:noinline
func send(ch chan *int) {
	x := 1
	ch <- &x
}

//go:noinline
func sendVal(ch chan interface{}, n int) {
	ch <- n
}

//go:noinline
func recv(ch chan *int) int {
	p := <-ch
	q, ok := <-ch
	if !ok {
		return *p
	}
	return *p + *q
}

func main() {
	ch := make(chan *int, 2)
	send(ch)
	send(ch)
	println(recv(ch))
	ci := make(chan interface{}, 1)
	sendVal(ci, 4)
}
