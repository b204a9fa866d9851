package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "go gopher go home"
	fmt.Println(strings.LastIndex(s, "go"), strings.LastIndex(s, "gopher"), strings.LastIndex(s, "rust"))
	fmt.Println(strings.LastIndex(s, ""), len(s), strings.LastIndex("", ""))
	fmt.Println(strings.LastIndexByte(s, 'o'), strings.LastIndexByte(s, 'z'))
	fmt.Println(strings.LastIndexAny(s, "hp"), strings.LastIndexAny(s, "xyz"), strings.LastIndexAny("日本語本", "本"))
	fmt.Println(strings.LastIndexFunc(s, unicode.IsSpace), strings.LastIndexFunc("abc", unicode.IsDigit))
	fmt.Println(strings.LastIndexFunc("x1y22z", unicode.IsDigit))
	fmt.Println(strings.LastIndex("aaaa", "aa"), strings.LastIndex("日本日本", "日"))
	path := "/usr/local/lib/file.tar.gz"
	slash := strings.LastIndex(path, "/")
	dot := strings.LastIndex(path, ".")
	fmt.Println(path[:slash], path[slash+1:], path[dot:])
	first := strings.Index(path[slash+1:], ".")
	fmt.Println(path[slash+1 : slash+1+first])
	for i := 0; i < 3; i++ {
		idx := strings.LastIndex(path[:len(path)-i*5], "/")
		fmt.Print(idx, " ")
	}
	fmt.Println()
}
