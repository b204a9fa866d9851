package main

import "fmt"

func sign(n int) string {
	if n > 0 {
		return "+"
	} else if n < 0 {
		return "-"
	}
}

func loop(n int) int {
	for i := 0; i < n; i++ {
		return i
	}
}

func main() {
	fmt.Println(sign(1), loop(2))
}
