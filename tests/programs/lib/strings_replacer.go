package main

import (
	"fmt"
	"strings"
)

func main() {
	html := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;", "\"", "&quot;")
	fmt.Println(html.Replace(`<a href="x">Tom & Jerry</a>`))
	// Earlier pairs win when several match at the same position.
	r := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r.Replace("aaaa"))
	r2 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r2.Replace("aaaa"))
	swap := strings.NewReplacer("x", "y", "y", "x")
	fmt.Println(swap.Replace("xxyyxy"))
	bytes := strings.NewReplacer("a", "A", "b", "B")
	fmt.Println(bytes.Replace("abcabc"))
	del := strings.NewReplacer(" ", "", "\t", "", "\n", "")
	fmt.Printf("%q\n", del.Replace(" a\tb\nc d "))
	uni := strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")
	fmt.Println(uni.Replace("Größe Übung Bär"))
	empty := strings.NewReplacer("", "-")
	fmt.Println(empty.Replace("abc"))
	none := strings.NewReplacer()
	fmt.Println(none.Replace("unchanged"))
	words := strings.NewReplacer("hello", "goodbye", "world", "moon")
	fmt.Println(words.Replace("hello world, hello!"))
	fmt.Println(words.Replace(""))
}
