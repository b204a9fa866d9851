package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.TrimSpace("  \t hello world \n\r "))
	fmt.Printf("%q\n", strings.TrimSpace("\u00a0\u3000wide\u2003"))
	fmt.Printf("%q\n", strings.TrimSpace("   "))
	fmt.Printf("%q\n", strings.Trim("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.Trim("  a  ", ""))
	fmt.Printf("%q\n", strings.Trim("ééaéé", "é"))
	fmt.Printf("%q\n", strings.TrimLeft("xxhixx", "x"))
	fmt.Printf("%q\n", strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q\n", strings.TrimLeft("123abc456", "0123456789"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "body"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.go.go", ".go"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.go", ".rs"))
	fmt.Printf("%q\n", strings.TrimLeft("aaab", "a"))
	fmt.Printf("%q\n", strings.TrimPrefix("aaab", "a"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimLeftFunc("  \tx y ", unicode.IsSpace))
	fmt.Printf("%q\n", strings.TrimRightFunc("  x y \n", unicode.IsSpace))
	fmt.Printf("%q\n", strings.TrimFunc("¡¡Hola!!", unicode.IsPunct))
	fmt.Printf("%q\n", strings.TrimFunc("abc", func(r rune) bool { return true }))
	fmt.Printf("%q\n", strings.Trim("", "abc"))
	fmt.Printf("%q\n", strings.TrimRight("a\xff\xff", "\xff"))
}
