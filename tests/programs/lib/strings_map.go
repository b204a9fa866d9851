package main

import (
	"fmt"
	"strings"
	"unicode"
)

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func main() {
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	fmt.Println(strings.Map(rot13, strings.Map(rot13, "round trip")))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiouAEIOU", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "Programming in Go is fun"))
	fmt.Println(strings.Map(unicode.ToUpper, "héllo wörld"))
	widen := func(r rune) rune {
		if r == 'a' {
			return 'α'
		}
		return r
	}
	s := strings.Map(widen, "banana")
	fmt.Println(s, len(s))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return -1 }, "all gone"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "a\xffb"))
	digits := strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return r
		}
		return -1
	}, "tel: +1 (555) 010-9999")
	fmt.Println(digits)
}
