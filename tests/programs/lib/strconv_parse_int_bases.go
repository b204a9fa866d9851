package main

import (
	"fmt"
	"strconv"
)

func try(s string, base, bits int) {
	v, err := strconv.ParseInt(s, base, bits)
	fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", s, base, bits, v, err)
}

func main() {
	try("ff", 16, 64)
	try("FF", 16, 64)
	try("-101", 2, 64)
	try("777", 8, 64)
	try("z", 36, 64)
	try("ZZ", 36, 64)
	try("0x1f", 0, 64)
	try("0X1F", 0, 64)
	try("0b1010", 0, 64)
	try("0o17", 0, 64)
	try("017", 0, 64)
	try("1_000_000", 0, 64)
	try("1_000", 10, 64)
	try("0x_1f", 0, 64)
	try("_12", 0, 64)
	try("12_", 0, 64)
	try("1__2", 0, 64)
	try("-0x10", 0, 64)
	try("+0b11", 0, 64)
	try("12", 2, 64)
	try("9", 8, 64)
	try("g", 16, 64)
	try("10", 1, 64)
	try("10", 37, 64)
	try("0x", 0, 64)
	try("0", 0, 64)
	try("08", 0, 64)
	try("123", 10, 0)
	try("1z", 36, 64)
	try("-8000000000000000", 16, 64)
}
