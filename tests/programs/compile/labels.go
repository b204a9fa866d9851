package main

import "fmt"

func main() {
unused:
	for i := 0; i < 2; i++ {
		fmt.Println(i)
	}
	for j := 0; j < 2; j++ {
		if j == 1 {
			break outer
		}
		continue missing
	}
	goto nowhere
}
