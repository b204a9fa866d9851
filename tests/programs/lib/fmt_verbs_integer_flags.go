package main

import "fmt"

func main() {
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [% d]\n", 42, 42, 42, 42, 42)
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [% d]\n", -42, -42, -42, -42, -42)
	fmt.Printf("[%+05d] [% 05d] [%-05d] [%+-6d]\n", 7, 7, 7, 7)
	fmt.Printf("[%#x] [%#X] [%#o] [%#b] [%#O]\n", 255, 255, 8, 5, 8)
	fmt.Printf("[%#08x] [%08x] [%-#8x] [%#8x]\n", 255, 255, 255, 255)
	fmt.Printf("[%+x] [% x] [%+o]\n", 255, 255, 8)
	fmt.Printf("[%x] [%#x]\n", -255, -255)
	fmt.Printf("[%3d] [%1d] [%0d]\n", 123456, 123456, 5)
	fmt.Printf("[%.3d] [%8.3d] [%-8.3d] [%08.3d]\n", 7, 7, 7, 7)
	fmt.Printf("[%.0d] [%5.0d] [%.0d]\n", 0, 0, 1)
	fmt.Printf("[%.5x] [%#.5x] [%.2b]\n", 255, 255, 1)
	fmt.Printf("[% d] [% d] [%+d] [%+d]\n", 0, -0, 0, -1)
	fmt.Printf("[%6c] [%-6c] [%06c]\n", 'z', 'z', 'z')
	fmt.Printf("[%8q] [%-8q] [%+q] [%#q]\n", 'z', 'z', 'é', 'z')
	fmt.Printf("[%10U] [%-10U] [%#10U]\n", 'z', 'z', 'z')
	fmt.Printf("[%020d] [%+020d]\n", int64(-9223372036854775808), int64(9223372036854775807))
	fmt.Printf("[%x] [%X]\n", uint64(18446744073709551615), uint64(18446744073709551615))
	fmt.Printf("[%#b] [%#o] [%#x]\n", uint8(0), uint8(0), uint8(0))
	fmt.Printf("[% x] [% X]\n", 1<<40, 255)
	fmt.Printf("[%v] [%5v] [%-5v] [%05v] [%+v]\n", 9, 9, 9, 9, 9)
}
