package main

import "fmt"

func main() {
	total := 0
	add := func(n int) {
		result := total + n
	}
	fmt.Println(total)
	add(1)
}
