package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("deferred runs")
	}()
	var e error
	fmt.Println("panicking with", e)
	panic(e)
}
