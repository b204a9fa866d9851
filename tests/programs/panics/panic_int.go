package main

import "fmt"

func main() {
	code := 40
	fmt.Println("about to fail with", code+2)
	panic(code + 2)
}
