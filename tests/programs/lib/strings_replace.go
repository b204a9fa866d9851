package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "oink oink oink"
	fmt.Println(strings.Replace(s, "k", "ky", 2))
	fmt.Println(strings.Replace(s, "oink", "moo", -1))
	fmt.Println(strings.Replace(s, "oink", "moo", 0))
	fmt.Println(strings.ReplaceAll(s, "oink", "baa"))
	fmt.Println(strings.ReplaceAll(s, " ", ""))
	fmt.Println(strings.ReplaceAll(s, "x", "y"))
	fmt.Printf("%q\n", strings.Replace("abc", "", "-", -1))
	fmt.Printf("%q\n", strings.Replace("abc", "", "-", 2))
	fmt.Printf("%q\n", strings.Replace("héllo", "", "|", -1))
	fmt.Printf("%q\n", strings.Replace("", "", "x", -1))
	fmt.Println(strings.ReplaceAll("aaaa", "aa", "b"))
	fmt.Println(strings.ReplaceAll("aaa", "a", "aa"))
	fmt.Println(strings.ReplaceAll("日本語", "本", "ほん"))
	fmt.Println(strings.Replace("banana", "a", "o", 1), strings.Replace("banana", "na", "", -1))
	text := "The cat sat on the mat with the other cat."
	fmt.Println(strings.Count(text, "cat"), strings.ReplaceAll(text, "cat", "dog"))
}
