package main

import "fmt"

func square(x int) int { return x * x }

func greet(names []string) {
	fmt.Println(names)
}

func main() {
	fmt.Println(square("3"))
	fmt.Println(square(2.5))
	greet("bob")
}
