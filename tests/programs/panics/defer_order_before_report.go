package main

import "fmt"

func inner() {
	defer fmt.Println("inner defer")
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	var m map[int]bool
	m[1] = true
}

func main() {
	defer fmt.Println("main defer 1")
	defer func() {
		fmt.Println("main defer 2 (closure)")
	}()
	inner()
}
