package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.Contains("", ""), strings.Contains("", "a"))
	fmt.Println(strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, "XYZ"), strings.ContainsAny(s, ""))
	fmt.Println(strings.ContainsRune(s, 'q'), strings.ContainsRune(s, 'Q'), strings.ContainsRune("héllo", 'é'))
	fmt.Println(strings.ContainsFunc(s, unicode.IsUpper), strings.ContainsFunc(s, unicode.IsSpace))
	fmt.Println(strings.Index(s, "the"), strings.Index(s, "dog"), strings.Index(s, "cat"), strings.Index(s, ""))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexByte(s, 'Z'))
	fmt.Println(strings.IndexRune(s, 'k'), strings.IndexRune("chicken", 'k'), strings.IndexRune("héllo", 'l'))
	fmt.Println(strings.IndexRune("abc", utf8RuneError()), strings.IndexRune("a\xffb", utf8RuneError()))
	fmt.Println(strings.IndexAny(s, "zyx"), strings.IndexAny(s, "!?"), strings.IndexAny("日本語", "語本"))
	fmt.Println(strings.IndexFunc(s, func(r rune) bool { return r > 'w' }))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.IndexFunc("abc", unicode.IsDigit))
	fmt.Println(strings.Index("日本語日本語", "語"), strings.Index("aaaa", "aa"))
	long := strings.Repeat("ab", 50) + "needle" + strings.Repeat("ba", 50)
	fmt.Println(strings.Index(long, "needle"), strings.Index(long, "needles"), len(long))
	fmt.Println(strings.Index("x", "xx"), strings.Index("abcabd", "abd"))
}

func utf8RuneError() rune { return '\uFFFD' }
