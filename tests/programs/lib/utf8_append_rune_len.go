package main

import (
	"fmt"
	"unicode/utf8"
)

func reverseRunes(s string) string {
	out := make([]byte, 0, len(s))
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		out = utf8.AppendRune(out, r)
		s = s[:len(s)-size]
	}
	return string(out)
}

func main() {
	var b []byte
	for _, r := range []rune{'G', 'o', ' ', 'ü', '世', '😀', -5} {
		b = utf8.AppendRune(b, r)
		fmt.Printf("%q len=%d\n", b, len(b))
	}
	fmt.Println(reverseRunes("Hello, 世界!"), reverseRunes(""), reverseRunes("😀a"))
	for _, r := range []rune{0, 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff, 0x110000, 0xdfff} {
		fmt.Printf("RuneLen(%#x)=%d ", r, utf8.RuneLen(r))
	}
	fmt.Println()
	trunc := func(s string, n int) string {
		if utf8.RuneCountInString(s) <= n {
			return s
		}
		i := 0
		for k := 0; k < n; k++ {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		return s[:i] + "…"
	}
	fmt.Println(trunc("héllo wörld", 5), trunc("日本語テキスト", 3), trunc("ok", 5))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
}
