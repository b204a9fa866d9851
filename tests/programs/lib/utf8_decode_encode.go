package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé世😀"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d: %q %U size=%d RuneLen=%d\n", i, r, r, size, utf8.RuneLen(r))
		i += size
	}
	for j := len(s); j > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		fmt.Printf("last %q %d\n", r, size)
		j -= size
	}
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r, size, r == utf8.RuneError)
	r, size = utf8.DecodeLastRuneInString("")
	fmt.Println(r, size)
	buf := make([]byte, utf8.UTFMax)
	for _, r := range []rune{'A', 'é', '€', '😀', 0x10FFFF, -1, 0xD800, 0x110000} {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("EncodeRune(%U) = % x (%d) RuneLen=%d ValidRune=%v\n", r, buf[:n], n, utf8.RuneLen(r), utf8.ValidRune(r))
	}
	b := []byte("héllo")
	r, size = utf8.DecodeRune(b[1:])
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRune(b)
	fmt.Println(string(r), size)
	fmt.Println(utf8.FullRuneInString("\xe4\xb8"), utf8.FullRuneInString("世"), utf8.RuneStart(s[2]), utf8.RuneStart(s[3]))
	for i, r := range "x世y" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
}
