package main

import (
	"fmt"
	"strings"
)

func main() {
	for n := 2; ; n -= 2 {
		fmt.Printf("%q\n", strings.Repeat("ab", n))
	}
}
