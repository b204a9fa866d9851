package main

import (
	"fmt"
	"strconv"
)

func main() {
	strs := []string{"hello", "tab\tnewline\n", `quote" backslash\`, "héllo 世界", "emoji 😀", "\x00\x07\x7f", "\xff\xfe", "\u2028", "'single'", ""}
	for _, s := range strs {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
	}
	runes := []rune{'a', '\'', '"', '\n', 'é', '世', 0x1F600, 0, 0xFFFD, 0x10FFFF, -1, 0xD800}
	for _, r := range runes {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r))
	}
	fmt.Println(strconv.CanBackquote("plain"), strconv.CanBackquote("has`tick"), strconv.CanBackquote("line\nbreak"))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\t'), strconv.IsPrint('\u00a0'), strconv.IsPrint('世'))
	buf := []byte("q=")
	buf = strconv.AppendQuote(buf, "x\"y")
	buf = append(buf, ' ')
	buf = strconv.AppendQuoteRune(buf, 'é')
	buf = append(buf, ' ')
	buf = strconv.AppendQuoteToASCII(buf, "é")
	fmt.Println(string(buf))
}
