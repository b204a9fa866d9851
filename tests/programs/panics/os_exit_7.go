package main

import (
	"fmt"
	"os"
)

func finish(code int) {
	defer fmt.Println("finish defer: must not print")
	fmt.Fprintln(os.Stderr, "exiting with", code)
	os.Exit(code)
}

func main() {
	defer fmt.Println("main defer: must not print")
	fmt.Println("line 1")
	fmt.Println("line 2")
	finish(7)
}
