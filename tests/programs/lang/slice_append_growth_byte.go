package main

import "fmt"

func main() {
	var b []byte
	for i := 0; i < 20; i++ {
		b = append(b, byte('a'+i))
		fmt.Println("len", len(b), "cap", cap(b))
	}
	fmt.Println(string(b))
	var c []byte
	last := -1
	for i := 0; i < 3000; i++ {
		c = append(c, 'x')
		if cap(c) != last {
			last = cap(c)
			fmt.Println("len", len(c), "-> cap", cap(c))
		}
	}
	d := append([]byte(nil), "hello"...)
	fmt.Println("from string: len", len(d), "cap", cap(d))
	e := append([]byte("ab"), "cdefghijklmnopqrstuvwxyz"...)
	fmt.Println("ab+24: len", len(e), "cap", cap(e))
	var i16 []int16
	for i := 0; i < 20; i++ {
		i16 = append(i16, int16(i))
		fmt.Print(cap(i16), " ")
	}
	fmt.Println()
	var i32 []int32
	for i := 0; i < 20; i++ {
		i32 = append(i32, int32(i))
		fmt.Print(cap(i32), " ")
	}
	fmt.Println()
}
