package main

import (
	"fmt"
	"os"
)

func work(n int) {
	defer fmt.Println("work defer", n, "must not appear")
	if n == 0 {
		fmt.Println("exiting from depth 0")
		os.Exit(3)
	}
	fmt.Println("depth", n)
	work(n - 1)
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered?", r)
		}
		fmt.Println("main defer must not appear")
	}()
	fmt.Print("partial line without newline")
	fmt.Println()
	work(3)
}
