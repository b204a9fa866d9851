package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Join([]string{"a", "b", "c"}, ", "))
	fmt.Printf("%q\n", strings.Join(nil, ","))
	fmt.Printf("%q\n", strings.Join([]string{}, ","))
	fmt.Printf("%q\n", strings.Join([]string{"only"}, ","))
	fmt.Printf("%q\n", strings.Join([]string{"", "", ""}, "-"))
	fmt.Printf("%q\n", strings.Join([]string{"x", "y"}, ""))
	fmt.Println(strings.Join([]string{"日", "本"}, "・"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 10))
	fmt.Printf("%q %q\n", strings.Repeat("x", 0), strings.Repeat("", 5))
	fmt.Println(strings.Repeat("é", 4), len(strings.Repeat("é", 4)))
	for i := 1; i <= 4; i++ {
		fmt.Println(strings.Repeat(" ", 4-i) + strings.Repeat("*", 2*i-1))
	}
	path := []string{"usr", "local", "bin"}
	fmt.Println("/" + strings.Join(path, "/"))
	row := make([]string, 0, 3)
	for i := 0; i < 3; i++ {
		row = append(row, fmt.Sprint(i*i))
	}
	fmt.Println("[" + strings.Join(row, "|") + "]")
	fmt.Println(len(strings.Repeat("abc", 1000)))
}
