// defer and go with method calls: the receiver is evaluated at the
// statement into the hidden closure.
package main

type Lock struct{ held bool }

//go:noinline
func (l *Lock) Unlock() { l.held = false }

//go:noinline
func (l Lock) Show() { println(l.held) }

//go:noinline
func withDefer() {
	var l Lock
	defer l.Unlock()
	var m Lock
	defer m.Show()
}

//go:noinline
func withGo(done chan bool) {
	var l Lock
	go l.Unlock()
	p := &Lock{}
	go p.Show()
	done <- true
}

func main() {
	withDefer()
	done := make(chan bool, 1)
	withGo(done)
	<-done
}
