package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		// A new panic while the first is still being handled.
		panic("second")
	}()
	fmt.Println("start")
	panic("first")
}
