package main

import "fmt"

func describe(n int) {
	fmt.Print(n, ": ")
	switch n {
	case 0:
		fmt.Print("zero ")
		fallthrough
	case 1:
		fmt.Print("small ")
		fallthrough
	case 2:
		fmt.Print("tiny ")
	case 3:
		fmt.Print("three ")
		fallthrough
	default:
		fmt.Print("default ")
	}
	fmt.Println()
}

func main() {
	for i := 0; i <= 4; i++ {
		describe(i)
	}
	// fallthrough ignores the next case's condition
	switch {
	case true:
		fmt.Println("first")
		fallthrough
	case false:
		fmt.Println("second (condition false but reached)")
		fallthrough
	case 1 > 2:
		fmt.Println("third")
	case true:
		fmt.Println("not reached")
	}
	// fallthrough into default placed before other cases
	switch x := 5; x {
	case 5:
		fmt.Println("five")
		fallthrough
	default:
		fmt.Println("default after five")
	case 6:
		fmt.Println("six")
	}
}
