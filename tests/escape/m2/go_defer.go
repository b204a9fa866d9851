// -m=2: go statements and defers: the arguments of go are saved in
// temporaries captured by a heap closure; a defer in a loop needs a heap
// closure too. A pointer method called on a variable takes its address
// (printed as the method expression call (*counter).Add(c, 1)).
package main

type counter struct{ n int }

var last *counter

//go:noinline
func (c *counter) Add(d int) {
	c.n += d
	last = c
}

//go:noinline
func work(p *int, done chan<- bool) {
	*p++
	done <- true
}

//go:noinline
func spawn() int {
	var c counter
	x := 0
	done := make(chan bool)
	c.Add(1)
	go work(&x, done)
	<-done
	c.Add(-1)
	return x + c.n
}

//go:noinline
func use(p *int) { *p++ }

//go:noinline
func loopDefer(n int) (r int) {
	for i := 0; i < n; i++ {
		defer use(&r)
	}
	return 0
}

//go:noinline
func deferMethod() int {
	var c counter
	defer c.Add(2)
	return c.n
}

func main() {
	println(spawn(), loopDefer(3), deferMethod())
}
