// Channel misuse panics are runtime errors that can be recovered:
// send on a closed channel, close of a closed channel, close of a nil channel.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error: %v)\n", name, r, isRuntime)
	}()
	f()
}

func main() {
	try("send on closed", func() {
		ch := make(chan int, 1)
		close(ch)
		ch <- 1
	})
	try("close twice", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	try("close nil", func() {
		var ch chan string
		close(ch)
	})
	try("close via send-only view, then again", func() {
		ch := make(chan int)
		var send chan<- int = ch
		close(send)
		close(ch)
	})
	try("no panic", func() {
		ch := make(chan int, 1)
		ch <- 1
		close(ch)
	})
}
