package main

import (
	"fmt"
	"strings"
)

func main() {
	inputs := []string{"Hello, World!", "gopher", "ÀÉÎÕÜ àéîõü", "Straße", "ΑΒΓ αβγ", "Привет Мир", "123 abc XYZ", "ǅ ǆ", ""}
	for _, s := range inputs {
		fmt.Printf("%q -> %q %q\n", s, strings.ToUpper(s), strings.ToLower(s))
	}
	fmt.Println(strings.ToUpper("ÿ"), strings.ToLower("İ"), len(strings.ToLower("İ")))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σ", "ς"))
	fmt.Println(strings.EqualFold("ПРИВЕТ", "привет"), strings.EqualFold("a", "b"), strings.EqualFold("K", "\u212a"))
	fmt.Println(strings.ToUpper("a\xffb"))
	mixed := "mIxEd CaSe"
	var sb strings.Builder
	for _, w := range strings.Fields(mixed) {
		sb.WriteString(strings.ToUpper(w[:1]) + strings.ToLower(w[1:]) + " ")
	}
	fmt.Printf("%q\n", strings.TrimSpace(sb.String()))
}
