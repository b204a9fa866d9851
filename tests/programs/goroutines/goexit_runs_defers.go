// runtime.Goexit terminates the calling goroutine after running all its
// deferred calls. Code after Goexit does not run, and recover returns nil
// during a Goexit because it is not a panic.
package main

import (
	"fmt"
	"runtime"
)

func inner(log *[]string) {
	defer func() { *log = append(*log, "inner defer") }()
	*log = append(*log, "inner before Goexit")
	runtime.Goexit()
	*log = append(*log, "inner after Goexit (never)")
}

func main() {
	done := make(chan []string)
	go func() {
		var log []string
		defer func() { done <- log }()
		defer func() {
			r := recover()
			log = append(log, fmt.Sprintf("outer defer, recover() = %v", r))
		}()
		inner(&log)
		log = append(log, "outer after inner (never)")
	}()
	for i, line := range <-done {
		fmt.Println(i, line)
	}

	// Goexit in a goroutine that holds results in named values.
	res := make(chan int, 1)
	go func() {
		x := 7
		defer func() { res <- x }()
		x *= 6
		runtime.Goexit()
	}()
	fmt.Println("deferred send saw", <-res)
}
