package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "hello, world"
	fmt.Printf("%q %q %q %q\n", s[:5], s[7:], s[3:8], s[:])
	fmt.Printf("%q %q\n", s[len(s):], s[0:0])
	sub := s[7:12]
	fmt.Println(sub, len(sub))
	// slicing through a multi-byte char produces invalid UTF-8
	u := "世界"
	fmt.Printf("%q %q %q\n", u[:3], u[:2], u[1:4])
	i := strings.Index(s, ",")
	fmt.Printf("before comma %q, after %q\n", s[:i], s[i+2:])
	// substrings of substrings
	a := s[2:10]
	b := a[2:5]
	fmt.Println(a, "|", b)
	for k := 0; k <= len("abc"); k++ {
		fmt.Printf("prefix %d: %q suffix: %q\n", k, "abc"[:k], "abc"[k:])
	}
	var lo, hi = 1, 3
	fmt.Println("xyzw"[lo:hi])
	fields := strings.Split("a,b,,c", ",")
	fmt.Printf("%q %d\n", fields, len(fields))
	fmt.Println(strings.ToUpper(s[:1]) + s[1:])
}
