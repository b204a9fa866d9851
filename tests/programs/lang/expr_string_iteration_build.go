package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	s := "Hello, Wörld! 123"
	var upper, lower, digits, other int
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r >= 'a' && r <= 'z':
			lower++
		case r >= '0' && r <= '9':
			digits++
		default:
			other++
		}
	}
	fmt.Println(upper, lower, digits, other)
	// caesar shift on ASCII letters only
	var b strings.Builder
	for _, r := range "abc xyz ABC" {
		switch {
		case r >= 'a' && r <= 'z':
			r = 'a' + (r-'a'+3)%26
		case r >= 'A' && r <= 'Z':
			r = 'A' + (r-'A'+3)%26
		}
		b.WriteRune(r)
	}
	fmt.Println(b.String())
	// byte-wise building
	buf := make([]byte, 0, 16)
	for i := 0; i < 5; i++ {
		buf = append(buf, byte('0'+i))
	}
	buf = utf8.AppendRune(buf, 'é')
	fmt.Println(string(buf), len(buf))
	// word frequency without maps: count spaces
	text := "one two  three"
	fmt.Println(len(strings.Fields(text)), strings.Count(text, " "))
	// runes by index vs bytes
	word := "naïve"
	for i := 0; i < len(word); i++ {
		fmt.Print(word[i], " ")
	}
	fmt.Println()
	rs := []rune(word)
	fmt.Println(len(rs), string(rs[2]), utf8.RuneLen(rs[2]))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'ï' {
			return 'i'
		}
		return r
	}, word))
}
