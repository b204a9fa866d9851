// fmt.Sscan parses space-separated values from a string into variables of
// different types; newlines count as spaces. Errors report what failed.
package main

import "fmt"

func main() {
	var (
		name  string
		age   int
		score float64
		ok    bool
	)
	n, err := fmt.Sscan("gopher 14 97.5 true", &name, &age, &score, &ok)
	fmt.Println(n, err, name, age, score, ok)

	n, err = fmt.Sscan("  1\n\n 2   3  ", &age, &name, &score)
	fmt.Println(n, err, age, name, score)

	n, err = fmt.Sscan("12 abc", &age, &score)
	fmt.Println(n, err)

	n, err = fmt.Sscan("5", &age, &score)
	fmt.Println(n, err)

	n, err = fmt.Sscan("", &age)
	fmt.Println(n, err)

	var u8 uint8
	n, err = fmt.Sscan("300", &u8)
	fmt.Println(n, err, u8)

	var hex, oct, bin int
	n, err = fmt.Sscan("0x1F 0o17 0b101", &hex, &oct, &bin)
	fmt.Println(n, err, hex, oct, bin)

	var r1, r2 rune
	var b []byte
	n, err = fmt.Sscan("65 66 bytes", &r1, &r2, &b)
	fmt.Println(n, err, r1, r2, string(b))

	var c complex128
	n, err = fmt.Sscan("(1+2i)", &c)
	fmt.Println(n, err, c)
}
