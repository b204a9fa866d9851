package main

import "fmt"

type Color string

func paint(c Color) {
	switch c {
	case "red", "green":
		fmt.Println("painting", c)
	default:
		panic(c)
	}
}

func main() {
	paint("red")
	paint("purple")
}
