// An empty select blocks forever. With no other goroutines left, the
// runtime reports a deadlock with wait reason "select (no cases)".
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("helper finished")
		done <- true
	}()
	<-done
	select {}
}
