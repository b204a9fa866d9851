package main

import "fmt"

const zero = 0

func main() {
	x := 10
	fmt.Println(x / 0)
	fmt.Println(x % zero)
	fmt.Println(1.5 / 0)
	const k = 3 / zero
}
