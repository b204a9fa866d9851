package main

import (
	"fmt"
	"strings"
)

func main() {
	a := "go"
	b := "pher"
	c := a + b
	fmt.Println(c, len(c))
	c += "s"
	c += "!"
	fmt.Println(c)
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
		fmt.Println(s)
	}
	words := []string{"banana", "Apple", "apple", "", "app", "b", "ä"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			x, y := words[i], words[j]
			fmt.Printf("%q vs %q: < %v == %v > %v cmp %d\n", x, y, x < y, x == y, x > y, strings.Compare(x, y))
		}
	}
	fmt.Println("apple" <= "apple", "apple" >= "apples")
	fmt.Println(strings.Repeat("ab", 3) == "ababab")
	x := "hello"
	y := "hel" + "lo"
	fmt.Println(x == y, x != y)
}
