package main

import (
	"fmt"
	"strings"
)

func show(label string, parts []string) {
	fmt.Printf("%-14s %d %q\n", label, len(parts), parts)
}

func main() {
	s := "a,b,,c,"
	show("Split", strings.Split(s, ","))
	show("Split empty", strings.Split("abc", ""))
	show("Split none", strings.Split("abc", "x"))
	show("Split blank", strings.Split("", ","))
	show("Split utf8", strings.Split("日,本,語", ","))
	show("Split multi", strings.Split("a--b--c", "--"))
	show("SplitN 2", strings.SplitN(s, ",", 2))
	show("SplitN 0", strings.SplitN(s, ",", 0))
	show("SplitN -1", strings.SplitN(s, ",", -1))
	show("SplitN 1", strings.SplitN(s, ",", 1))
	show("SplitN 10", strings.SplitN(s, ",", 10))
	show("SplitN empty", strings.SplitN("héllo", "", 3))
	show("SplitAfter", strings.SplitAfter(s, ","))
	show("SplitAfter ''", strings.SplitAfter("abc", ""))
	show("SplitAfterN", strings.SplitAfterN(s, ",", 3))
	show("SplitAfterN 0", strings.SplitAfterN(s, ",", 0))
	lines := strings.Split("line1\nline2\n\nline4", "\n")
	for i, l := range lines {
		fmt.Printf("%d:%q ", i, l)
	}
	fmt.Println()
	kv := "name=gopher=extra"
	parts := strings.SplitN(kv, "=", 2)
	fmt.Println(parts[0], "->", parts[1])
	fmt.Println(strings.Split(" x ", " "), len(strings.Split(" x ", " ")))
	fmt.Printf("%q\n", strings.Split("a\xffb", ""))
}
