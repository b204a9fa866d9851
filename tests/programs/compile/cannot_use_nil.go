package main

import "fmt"

func main() {
	var n int = nil
	s := "x"
	s = nil
	x := nil
	fmt.Println(n, s, x)
}
