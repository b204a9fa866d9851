// A panic in a goroutine that nobody recovers kills the whole program. The
// trace shows the goroutine's frames and ends with "created by main.main in
// goroutine 1". Only the panicking goroutine's defers run, not main's.
package main

import (
	"fmt"
	"time"
)

func parse(items []string, i int) string {
	return items[i]
}

func worker(items []string, done chan<- bool) {
	defer fmt.Println("worker defer runs")
	for i := 0; i <= len(items); i++ {
		fmt.Println("item:", parse(items, i))
	}
	done <- true
}

func main() {
	defer fmt.Println("main defer does not run")
	done := make(chan bool)
	go worker([]string{"a", "b"}, done)
	<-done
	time.Sleep(time.Second)
}
