package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println("len(s):", len(s), "len(bytes):", len(b), "len(runes):", len(r))
	fmt.Println("bytes:", b)
	fmt.Println("runes:", r)
	fmt.Println("string(bytes):", string(b))
	fmt.Println("string(runes):", string(r))
	fmt.Println("string(rune):", string(rune(0x4e16)), string(rune('A')), string(rune(233)))
	fmt.Printf("%q\n", string(rune(-1)))
	fmt.Printf("%q\n", string(rune(0x110000)))
	fmt.Printf("%q\n", string(rune(0xD800))) // surrogate -> U+FFFD
	b[0] = 'H'
	fmt.Println("modified copy:", string(b), "original:", s)
	r[7] = '地'
	fmt.Println("modified runes:", string(r))
	var by byte = 'x'
	fmt.Println("string([]byte{by}):", string([]byte{by, by + 1}))
	fmt.Println("rune arithmetic:", string('a'+rune(2)), 'a'+2)
	empty := []byte(nil)
	fmt.Printf("%q %q\n", string(empty), string([]rune{}))
	fmt.Println([]byte(""), []rune(""), len([]byte("")))
	type MyBytes []byte
	mb := MyBytes("abc")
	fmt.Println(mb, string(mb))
	fmt.Println(string(append([]byte("go"), "pher"...)))
}
