package main

import "fmt"

func main() {
	fmt.Printf("[%*d]\n", 6, 42)
	fmt.Printf("[%-*d]\n", 6, 42)
	fmt.Printf("[%*d]\n", -6, 42)
	fmt.Printf("[%.*f]\n", 2, 3.14159)
	fmt.Printf("[%*.*f]\n", 10, 3, 3.14159)
	fmt.Printf("[%-*.*f]\n", 10, 1, 3.14159)
	fmt.Printf("[%.*s]\n", 3, "abcdef")
	fmt.Printf("[%*s]\n", 0, "x")
	fmt.Printf("[%0*d]\n", 5, 7)
	fmt.Printf("[%.*d]\n", 4, 7)
	for w := 1; w <= 4; w++ {
		fmt.Printf("[%*d]", w, w)
	}
	fmt.Println()
	// A non-int width or precision is reported inline.
	fmt.Printf("[%*d]\n", "x", 5)
	fmt.Printf("[%.*d]\n", 1.5, 5)
	fmt.Printf("[%*d]\n", 10000000, 5)
	fmt.Printf("[%.*d]\n", -1, 5)
	fmt.Printf("[%*d]\n", uint8(3), 5)
	fmt.Printf("[%*d]\n", int64(4), 5)
	fmt.Printf("[%*d]\n", 3)
	fmt.Printf("[%.*f]\n")
	fmt.Printf("[%*]\n", 3)
	fmt.Printf("[%3.*v]\n", 2, "abcdef")
	fmt.Printf("[%-*s|%*s]\n", 5, "ab", 5, "cd")
}
