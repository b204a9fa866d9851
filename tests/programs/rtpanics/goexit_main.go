// runtime.Goexit in main runs main's deferred calls and ends the main
// goroutine without ending the program; once the other goroutines finish,
// the runtime reports "no goroutines (main called runtime.Goexit) - deadlock!".
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	defer fmt.Println("main's defer runs")
	go func() {
		time.Sleep(100 * time.Millisecond)
		fmt.Println("other goroutine still runs after main's Goexit")
	}()
	runtime.Goexit()
	fmt.Println("never printed")
}
