// A done channel: main waits for a goroutine without time.Sleep.
// Compare with the note's first example, which needed Sleep.
package main

import "fmt"

func sayHello(done chan<- struct{}) {
	fmt.Println("hello from the goroutine")
	close(done)
}

func main() {
	done := make(chan struct{})
	go sayHello(done)
	<-done
	fmt.Println("main saw it finish")
}
