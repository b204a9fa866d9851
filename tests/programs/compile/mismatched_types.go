package main

import "fmt"

func main() {
	x := 1
	s := "a"
	fmt.Println(x + s)
	var f float64 = 2
	fmt.Println(x * f)
	fmt.Println("n=" + 1)
}
