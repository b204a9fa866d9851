package main

import (
	"fmt"
	"unicode"
)

func yn(b bool) string {
	if b {
		return "Y"
	}
	return "."
}

func main() {
	chars := []rune{'a', 'Z', '5', ' ', '\t', '\n', '!', ',', '_', '-', '@', '$', '+', 'é', 'ß', 'Ω', 'ω', 'Ж', 'ж',
		'世', '٣', '½', '\u00a0', '\u2003', '\u0085', '\u200b', '\x00', '😀', 'ǅ', '¿', '€'}
	fmt.Println("rune  Letter Digit Number Space Upper Lower Title Punct Symbol Print Graphic Control")
	for _, r := range chars {
		fmt.Printf("%-5q %s %s %s %s %s %s %s %s %s %s %s %s\n", r,
			yn(unicode.IsLetter(r)), yn(unicode.IsDigit(r)), yn(unicode.IsNumber(r)), yn(unicode.IsSpace(r)),
			yn(unicode.IsUpper(r)), yn(unicode.IsLower(r)), yn(unicode.IsTitle(r)), yn(unicode.IsPunct(r)),
			yn(unicode.IsSymbol(r)), yn(unicode.IsPrint(r)), yn(unicode.IsGraphic(r)), yn(unicode.IsControl(r)))
	}
	fmt.Println(unicode.Is(unicode.Greek, 'λ'), unicode.Is(unicode.Cyrillic, 'λ'), unicode.Is(unicode.Han, '世'))
	fmt.Println(unicode.In('x', unicode.Latin, unicode.Greek), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit}, '7'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, string(unicode.ReplacementChar), unicode.MaxASCII, unicode.MaxLatin1)
}
