package main

import "fmt"

func main() {
	var a, b uint8 = 200, 7
	for b >= 0 {
		fmt.Println(a / b)
		b -= 3
		if b > 100 {
			break
		}
	}
	b = 0
	fmt.Println(a % b)
}
