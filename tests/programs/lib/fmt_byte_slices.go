package main

import "fmt"

func main() {
	b := []byte("Go\x00\xffé")
	fmt.Printf("%s\n", b)
	fmt.Printf("%q\n", b)
	fmt.Printf("%x\n", b)
	fmt.Printf("%X\n", b)
	fmt.Printf("% x\n", b)
	fmt.Printf("%#x\n", b)
	fmt.Printf("%# x\n", b)
	fmt.Printf("%v\n", b)
	fmt.Printf("%d\n", b)
	fmt.Printf("%#v\n", b)
	fmt.Printf("%T\n", b)
	fmt.Println(b)
	fmt.Printf("[%10s] [%-10x] [%.2x]\n", []byte("ab"), []byte("ab"), []byte("abcd"))
	var nilb []byte
	fmt.Printf("[%s] [%x] [%v] [%#v] [%q]\n", nilb, nilb, nilb, nilb, nilb)
	empty := []byte{}
	fmt.Printf("[%s] [%v] [%#v]\n", empty, empty, empty)
	arr := [3]byte{'a', 'b', 'c'}
	fmt.Printf("%s %x %v %#v\n", arr, arr, arr, arr)
	fmt.Printf("%s %x\n", &arr, &arr)
	type blob []byte
	fmt.Printf("%s %v %#v\n", blob("xy"), blob("xy"), blob("xy"))
	fmt.Printf("%c\n", []byte("hey"))
	fmt.Printf("%o\n", []byte{8, 9})
	fmt.Printf("%08b\n", []byte{5, 255})
	fmt.Println(string(b[:2]), len(b), cap(b) >= len(b))
}
