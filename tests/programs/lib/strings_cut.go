package main

import (
	"fmt"
	"strings"
)

func main() {
	show := func(s, sep string) {
		before, after, found := strings.Cut(s, sep)
		fmt.Printf("Cut(%q, %q) = %q, %q, %v\n", s, sep, before, after, found)
	}
	show("Gopher", "ph")
	show("Gopher", "Go")
	show("Gopher", "er")
	show("Gopher", "Badger")
	show("key=value=more", "=")
	show("", "=")
	show("abc", "")
	after, found := strings.CutPrefix("v1.2.3", "v")
	fmt.Printf("%q %v\n", after, found)
	after, found = strings.CutPrefix("1.2.3", "v")
	fmt.Printf("%q %v\n", after, found)
	before, found := strings.CutSuffix("main.go", ".go")
	fmt.Printf("%q %v\n", before, found)
	before, found = strings.CutSuffix("main.go", ".rs")
	fmt.Printf("%q %v\n", before, found)
	config := "host=localhost;port=8080;debug;name=a=b"
	for _, item := range strings.Split(config, ";") {
		k, v, ok := strings.Cut(item, "=")
		fmt.Printf("%-6s -> %-10q (has value: %t)\n", k, v, ok)
	}
}
