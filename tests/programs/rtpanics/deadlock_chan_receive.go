// main blocks receiving from a channel nobody will ever send on. Once no
// goroutine can run, the runtime reports a deadlock ("chan receive") and
// exits with status 2. The output printed before stays.
package main

import "fmt"

func waitForResult(results <-chan int) int {
	return <-results
}

func main() {
	ch := make(chan int)
	fmt.Println("before receive")
	v := waitForResult(ch)
	fmt.Println("never printed", v)
}
