package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Fields("  foo bar   baz  "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.Fields("   \t\n  "))
	fmt.Printf("%q\n", strings.Fields("one\ttwo\nthree\r\nfour\vfive\fsix"))
	fmt.Printf("%q\n", strings.Fields("nbsp\u00a0sep\u2003em\u3000ideo"))
	fmt.Printf("%q\n", strings.Fields("héllo wörld 日本"))
	fmt.Println(len(strings.Fields(" a b c ")))
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", notLetter))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Printf("%q\n", strings.FieldsFunc("", unicode.IsDigit))
	fmt.Printf("%q\n", strings.FieldsFunc("123", unicode.IsDigit))
	fmt.Printf("%q\n", strings.FieldsFunc("x,y;;z", func(r rune) bool { return r == ',' || r == ';' }))
	text := "It was the best of times, it was the worst of times."
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	fmt.Println(len(words), words)
}
