package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not appear")
	for i := 0; i < 3; i++ {
		fmt.Println("line", i)
	}
	fmt.Fprint(os.Stderr, "stderr before exit\n")
	if len(os.Args) > 0 {
		os.Exit(0)
	}
	fmt.Println("not reached")
}
