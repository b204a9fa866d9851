// Deadlock detection waits while any goroutine is sleeping: the helper
// sleeps 100ms and then exits, and only then is main's blocked receive
// reported as a deadlock.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(100 * time.Millisecond)
		fmt.Println("helper woke up and exits without sending")
	}()
	fmt.Println("main waits")
	<-ch
}
