package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "golang.go"
	fmt.Println(strings.HasPrefix(s, "go"), strings.HasPrefix(s, "lang"), strings.HasPrefix(s, ""), strings.HasPrefix("", "x"))
	fmt.Println(strings.HasSuffix(s, ".go"), strings.HasSuffix(s, "lang"), strings.HasSuffix(s, ""), strings.HasSuffix("go", "golang"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.Compare("", "a"), strings.Compare("abc", "ab"), strings.Compare("Z", "a"))
	fmt.Println(strings.Compare("é", "z"), "é" > "z", "abc" < "abd", "ab" < "abc")
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("日本語", ""))
	fmt.Println(strings.Count("aaaaa", "aa"), strings.Count("", ""), strings.Count("abc", "d"))
	names := []string{"apple.go", "main_test.go", "README.md", "go.mod", "util.go"}
	for _, n := range names {
		if strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go") {
			fmt.Print(n, " ")
		}
	}
	fmt.Println()
	pairs := [][2]string{{"Go", "go"}, {"σ", "Σ"}, {"ǅ", "ǆ"}, {"abc", "ABD"}, {"", ""}, {"ß", "SS"}}
	for _, p := range pairs {
		fmt.Printf("EqualFold(%q,%q)=%v ", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}
	fmt.Println()
}
