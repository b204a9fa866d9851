package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{"ok", "\xff", "a\xffb", "\xe4\xb8", "\xe4\xb8\x96", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\x80\x80", "é\xc3"}
	for _, s := range inputs {
		fmt.Printf("%q valid=%v count=%d len=%d\n", s, utf8.ValidString(s), utf8.RuneCountInString(s), len(s))
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			fmt.Printf("   %d: %U size=%d error=%v\n", i, r, size, r == utf8.RuneError)
			i += size
		}
	}
	for i, r := range "a\xffé\xe4\xb8z" {
		fmt.Printf("range %d %U\n", i, r)
	}
	fmt.Println([]rune("x\xffy"), len([]rune("\xe4\xb8")))
	fmt.Println(utf8.Valid([]byte{0xe4, 0xb8, 0x96}), utf8.Valid([]byte{0xff}))
	fmt.Printf("%q\n", string([]rune("\xff")))
	fmt.Printf("%q %q\n", string(rune(0xD800)), string(rune(-1)))
	fmt.Println(utf8.RuneError, string(utf8.RuneError), len(string(utf8.RuneError)))
}
