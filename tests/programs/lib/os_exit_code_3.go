package main

import (
	"fmt"
	"os"
)

func cleanup() {
	fmt.Println("cleanup must not run")
}

func main() {
	defer cleanup()
	defer fmt.Println("deferred print must not appear")
	fmt.Println("about to exit with status 3")
	fmt.Fprintln(os.Stderr, "error: giving up")
	os.Exit(3)
	fmt.Println("unreachable")
}
