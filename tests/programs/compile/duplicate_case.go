package main

import "fmt"

func main() {
	x := 2
	switch x {
	case 1, 2:
		fmt.Println("small")
	case 2:
		fmt.Println("two")
	}
	m := map[string]int{"a": 1, "a": 2}
	fmt.Println(m)
}
