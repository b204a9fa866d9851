package main

import "fmt"

func main() {
	n, c := 5, 3
	fmt.Println("len", n, "cap", c)
	s := make([]byte, n, c)
	fmt.Println(len(s))
}
