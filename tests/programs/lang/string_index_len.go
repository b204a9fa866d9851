package main

import "fmt"

func main() {
	s := "Hello, 世界!"
	fmt.Println("len:", len(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%d:%d(%x) ", i, s[i], s[i])
	}
	fmt.Println()
	fmt.Printf("%T %v %c\n", s[0], s[0], s[0])
	fmt.Println("s[7] is a byte, not a rune:", s[7], string(s[7]) == "世")
	b := s[1]
	b++
	fmt.Println("byte arithmetic:", b, string(b))
	// strings are immutable; building a new one instead
	bs := []byte(s)
	bs[0] = 'J'
	fmt.Println(string(bs), s)
	// len of a constant string is a constant
	const k = "abc"
	var arr [len(k)]int
	fmt.Println("array sized by len:", len(arr))
	// index with different integer types
	var i8 int8 = 1
	var u uint = 2
	fmt.Println(s[i8], s[u], s[len(s)-1])
	fmt.Println(len(""), len("\u00e9"), len("\U0001F600"), len(`\n`))
	fmt.Println("literal index:", "xyz"[1])
}
