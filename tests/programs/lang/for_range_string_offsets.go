package main

import "fmt"

func main() {
	s := "Grüße, 世界"
	for i, r := range s {
		fmt.Printf("%2d %q %d\n", i, r, r)
	}
	// compare to byte iteration
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x", s[i])
	}
	fmt.Println()
	// counting runes vs bytes
	runes, bytes := 0, len(s)
	for range s {
		runes++
	}
	fmt.Println("runes:", runes, "bytes:", bytes)
	// collect offsets of multi-byte runes
	var wide []int
	for i, r := range s {
		if r > 127 {
			wide = append(wide, i)
		}
	}
	fmt.Println("wide offsets:", wide)
	// range over a []byte conversion visits bytes
	for i, b := range []byte("hé") {
		fmt.Print(i, ":", b, " ")
	}
	fmt.Println()
	// range over a []rune conversion gives rune indexes
	for i, r := range []rune("hé世") {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	word := "level"
	pal := true
	for i := range len(word) / 2 {
		if word[i] != word[len(word)-1-i] {
			pal = false
		}
	}
	fmt.Println(word, "palindrome:", pal)
}
