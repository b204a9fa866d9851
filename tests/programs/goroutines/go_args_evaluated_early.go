// The function value and arguments of a go statement are evaluated in the
// calling goroutine when the statement runs, not when the new goroutine
// starts. The goroutine waits on a channel so that main has changed x first.
package main

import "fmt"

type counter struct{ n int }

func (c counter) show(label string, release <-chan struct{}, done chan<- string) {
	<-release
	done <- fmt.Sprintf("%s: value receiver copy n=%d", label, c.n)
}

func (c *counter) showPtr(label string, release <-chan struct{}, done chan<- string) {
	<-release
	done <- fmt.Sprintf("%s: pointer receiver n=%d", label, c.n)
}

func report(x int, release <-chan struct{}, done chan<- string) {
	<-release
	done <- fmt.Sprintf("argument x=%d", x)
}

func main() {
	release := make(chan struct{})
	done := make(chan string)

	x := 1
	go report(x, release, done)
	x = 2

	c := counter{n: 10}
	go c.show("first", release, done)
	go c.showPtr("second", release, done)
	c.n = 20

	f := func(s string) { <-release; done <- "closure " + s }
	go f("one")
	f = func(s string) { <-release; done <- "replaced " + s }

	close(release)
	got := map[string]bool{}
	for i := 0; i < 4; i++ {
		got[<-done] = true
	}
	for _, want := range []string{
		"argument x=1",
		"first: value receiver copy n=10",
		"second: pointer receiver n=20",
		"closure one",
	} {
		fmt.Println(want, got[want])
	}
	fmt.Println("x now", x)
}
