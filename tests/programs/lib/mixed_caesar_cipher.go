package main

import (
	"fmt"
	"strings"
	"unicode"
)

// shift rotates ASCII letters by k places and leaves everything else alone.
func shift(r rune, k int) rune {
	k = ((k % 26) + 26) % 26
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k))%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k))%26
	}
	return r
}

func encrypt(s string, k int) string {
	return strings.Map(func(r rune) rune { return shift(r, k) }, s)
}

// crack picks the shift whose output has the most 'e' and 't' letters.
func crack(s string) int {
	best, bestScore := 0, -1
	for k := 0; k < 26; k++ {
		score := 0
		for _, r := range encrypt(s, -k) {
			switch unicode.ToLower(r) {
			case 'e', 't':
				score++
			}
		}
		if score > bestScore {
			best, bestScore = k, score
		}
	}
	return best
}

func main() {
	plain := "The Quick Brown Fox Jumps Over The Lazy Dog! Ünïcödé stays, 123."
	for _, k := range []int{1, 3, 13, 25, 26, -3, 55} {
		c := encrypt(plain, k)
		fmt.Printf("k=%3d %s\n", k, c)
		if encrypt(c, -k) != plain {
			fmt.Println("round trip failed")
		}
	}
	secret := encrypt("meet me at the tree at ten, bring the letter", 11)
	fmt.Println("cipher:", secret)
	k := crack(secret)
	fmt.Println("cracked shift:", k, "->", encrypt(secret, -k))
	counts := map[rune]int{}
	for _, r := range strings.ToLower(plain) {
		if unicode.IsLetter(r) {
			counts[r]++
		}
	}
	fmt.Println(counts)
	var upper, lower, other int
	for _, r := range plain {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		default:
			other++
		}
	}
	fmt.Println(upper, lower, other)
}
