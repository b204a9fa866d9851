package main

import (
	"fmt"
	"unicode/utf8"
)

// Invalid UTF-8 decodes as U+FFFD one byte at a time.

func main() {
	s := "a\xffb\xc3\x28c\xe2\x82" // bad byte, bad continuation, truncated sequence
	fmt.Println("len:", len(s), "valid:", utf8.ValidString(s), "runecount:", utf8.RuneCountInString(s))
	for i, r := range s {
		fmt.Printf("offset %d rune %U %q\n", i, r, r)
	}
	rs := []rune(s)
	fmt.Println("[]rune:", rs, len(rs))
	back := string(rs)
	fmt.Printf("round trip: %q len=%d\n", back, len(back))
	fmt.Printf("bytes kept by string([]byte): %q\n", string([]byte(s)))
	// A surrogate encoded in UTF-8 is invalid.
	sur := "\xed\xa0\x80"
	for i, r := range sur {
		fmt.Println("surrogate bytes:", i, r)
	}
	// Overlong encoding of '/'
	for i, r := range "\xc0\xaf" {
		fmt.Println("overlong:", i, r)
	}
	// Valid 4-byte sequence and a cut one
	full := "\xf0\x9f\x98\x80"
	for i, r := range full + full[:3] {
		fmt.Printf("%d %U\n", i, r)
	}
	r, size := utf8.DecodeRuneInString("\x80abc")
	fmt.Println("decode:", r, size)
	fmt.Println(utf8.RuneLen('é'), utf8.RuneLen(0x1F600), utf8.RuneLen(-1))
}
