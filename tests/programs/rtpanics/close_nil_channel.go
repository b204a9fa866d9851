// Closing a nil channel panics with "close of nil channel".
package main

import "fmt"

type worker struct {
	name string
	quit chan struct{}
}

func (w *worker) stop() {
	fmt.Println("stopping", w.name)
	close(w.quit)
}

func main() {
	ok := &worker{name: "made", quit: make(chan struct{})}
	ok.stop()
	broken := &worker{name: "not made"}
	broken.stop()
}
