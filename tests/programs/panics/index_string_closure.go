package main

import "fmt"

func main() {
	word := "gopher"
	// The closure captures word; indexing past its end panics inside the closure.
	byteAt := func(i int) byte {
		return word[i]
	}
	for _, i := range []int{0, 2, 5, 6} {
		fmt.Printf("%d:%c\n", i, byteAt(i))
	}
}
