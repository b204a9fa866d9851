package main

import "fmt"

func main() {
	defer func() {
		panic(fmt.Sprintf("third (%d)", 3))
	}()
	defer func() {
		panic(2)
	}()
	fmt.Println("three panics, none recovered")
	panic("first")
}
