package main

import "fmt"

func main() {
	// The 0 flag pads after the sign; '-' overrides '0'.
	fmt.Printf("[%06d] [%06d] [%+06d] [%-06d]\n", 42, -42, 42, -42)
	fmt.Printf("[%06.2f] [%06.2f] [%+08.2f] [%-08.2f]\n", 3.14159, -3.14159, 3.14159, -3.14159)
	fmt.Printf("[%010e] [%010g] [%010.1e]\n", 12345.678, -0.5, -12345.678)
	fmt.Printf("[%06s] [%06q] [%06v]\n", "ab", "ab", "ab")
	fmt.Printf("[%06x] [%06X] [%#06x] [%#06o] [%#06b]\n", 255, 255, 255, 8, 3)
	fmt.Printf("[%06t] [%06v]\n", true, []int{1, 2})
	fmt.Printf("[%06v] [%06d]\n", struct{ A, B int }{1, -2}, [2]int{3, -4})
	fmt.Printf("[%08.3d] [%-08.3d] [%+08.3d]\n", 5, 5, 5)
	fmt.Printf("[% 06d] [% 06d] [% -6d]\n", 42, -42, 42)
	fmt.Printf("[%+ d] [% +d]\n", 42, 42)
	fmt.Printf("[%0-6d] [%-06d]\n", 42, 42)
	fmt.Printf("[%06.1f] [%06.1f]\n", 1e6, 999.99)
	fmt.Printf("[%07.2f]\n", complex(1.5, -2.5))
	fmt.Printf("[%05c] [%05U]\n", 'x', 'x')
	fmt.Printf("[%00005d] [%-0-5d]\n", 9, 9)
	fmt.Printf("[%0x] [%06x]\n", "hi", "hi")
	fmt.Printf("[%+.0f] [%+.0f] [% .0f]\n", 0.5, 1.5, -2.5)
}
