package main

import "fmt"

// countdown recurses until n reaches zero, then panics: the traceback
// shows countdown once per level.
func countdown(n int) int {
	if n == 0 {
		panic("reached zero")
	}
	fmt.Println("level", n)
	return countdown(n-1) + 1
}

func main() {
	fmt.Println(countdown(4))
}
