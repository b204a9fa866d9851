package main

import "fmt"

func main() {
	x := 1.5
	fmt.Println(1.5 << 2)
	fmt.Println(x << 1)
	s := "abc"
	fmt.Println(int(s))
	var b bool = bool(1)
	fmt.Println(b, string(1.5))
}
