// Sending on a nil channel (a channel variable never made) blocks forever:
// wait reason "chan send (nil chan)".
package main

import "fmt"

type pipe struct {
	out chan string
}

func main() {
	var p pipe
	fmt.Println("out is nil:", p.out == nil)
	p.out <- "lost"
}
