package main

import "fmt"

func main() {
	f := func() {}
	defer f
	defer fmt.Println
	defer recover
}
