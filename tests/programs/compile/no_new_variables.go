package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b := 3, 4
	c := 5
	c := 6
	fmt.Println(a, b, c)
}
