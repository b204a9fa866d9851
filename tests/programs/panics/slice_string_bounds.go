package main

import "fmt"

func tail(s string, from int) string {
	return s[from:]
}

func main() {
	s := "hello"
	fmt.Println(tail(s, 2))
	fmt.Println(tail(s, 5) == "")
	fmt.Println(tail(s, 7))
}
