// Closing a channel twice panics with "close of closed channel". Here two
// cleanup paths both close the same channel.
package main

import "fmt"

type conn struct {
	msgs chan string
}

func (c *conn) shutdown(reason string) {
	fmt.Println("shutdown:", reason)
	close(c.msgs)
}

func main() {
	c := &conn{msgs: make(chan string, 1)}
	defer c.shutdown("deferred cleanup")
	c.msgs <- "hello"
	fmt.Println(<-c.msgs)
	c.shutdown("explicit close")
}
