package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{'a', 'A', 'z', '0', 'é', 'É', 'ÿ', 'ß', 'ω', 'Σ', 'ς', 'Ж', 'я', 'ǅ', 'ǆ', 'Ǆ', 'İ', 'ı', 'K', 'µ', '世', -1}
	for _, r := range runes {
		fmt.Printf("%q upper=%q lower=%q title=%q\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'))
	for _, r := range []rune{'k', 'A', 'σ', '1'} {
		fmt.Printf("orbit %q:", r)
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			fmt.Printf(" %q", f)
		}
		fmt.Println()
	}
	fmt.Println(string(unicode.TurkishCase.ToUpper('i')), string(unicode.TurkishCase.ToLower('I')))
	s := "Hello Мир Ωmega"
	swapped := []rune{}
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			swapped = append(swapped, unicode.ToLower(r))
		case unicode.IsLower(r):
			swapped = append(swapped, unicode.ToUpper(r))
		default:
			swapped = append(swapped, r)
		}
	}
	fmt.Println(string(swapped))
}
