package main

import "fmt"

func main() {
	var n int
	n = "five"
	var p *int
	p = n
	fmt.Println(n, p)
}
