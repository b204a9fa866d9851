package main

import "fmt"

// Integer conversions keep the low bits (truncate) and reinterpret sign.

func main() {
	x := 0x12345678
	fmt.Println("int8:", int8(x), "uint8:", uint8(x), "int16:", int16(x), "uint16:", uint16(x))
	fmt.Printf("hex: %x %x %x\n", uint8(x), uint16(x), uint32(x))
	neg := -1
	fmt.Println("-1 -> uint8:", uint8(neg), "uint16:", uint16(neg), "uint32:", uint32(neg), "uint64:", uint64(neg))
	n := 200
	fmt.Println("200 -> int8:", int8(n))
	var b byte = 0xf0
	fmt.Println("byte 0xf0 -> int8:", int8(b), "-> int:", int(b), "-> int via int8:", int(int8(b)))
	var s8 int8 = -100
	fmt.Println("int8 -100 -> uint8:", uint8(s8), "-> uint16:", uint16(s8), "-> uint64:", uint64(s8))
	var u32 uint32 = 0xffffffff
	fmt.Println("uint32 max -> int32:", int32(u32), "-> int64:", int64(u32), "-> int:", int(u32))
	var i64 int64 = -0x100000001
	fmt.Println("int64 -> int32:", int32(i64), "-> uint32:", uint32(i64))
	big := uint64(1<<63 + 5)
	fmt.Println("uint64 -> int64:", int64(big))
	r := rune(0x1F600)
	fmt.Println("rune -> byte:", byte(r), "-> uint16:", uint16(r))
	// Chained conversions of variables (the same on constants would not compile)
	ff, m1, m2 := uint8(255), int8(-1), int32(-2)
	fmt.Println(int16(int8(ff)), uint16(m1), int64(uint32(m2)))
}
