package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not print")
	fmt.Println("working")
	if len(os.Args) > 0 {
		fmt.Println("giving up")
		os.Exit(1)
	}
	fmt.Println("not reached")
}
