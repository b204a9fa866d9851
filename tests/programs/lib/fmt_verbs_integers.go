package main

import "fmt"

func main() {
	var i8 int8 = -100
	var i16 int16 = 30000
	var i32 int32 = -2000000000
	var i64 int64 = 9000000000000000000
	var u8 uint8 = 200
	var u16 uint16 = 65535
	var u32 uint32 = 4000000000
	var u64 uint64 = 18000000000000000000
	var u uint = 42
	var i int = -42
	var up uintptr = 4096
	fmt.Printf("%d %d %d %d\n", i8, i16, i32, i64)
	fmt.Printf("%d %d %d %d %d %d\n", u8, u16, u32, u64, u, up)
	fmt.Printf("%v %v %v %v\n", i8, i16, i32, i64)
	fmt.Printf("%b %b %b\n", i8, u8, i)
	fmt.Printf("%o %o %o\n", i8, u16, i)
	fmt.Printf("%O %O %O\n", i8, u16, 0)
	fmt.Printf("%x %x %x %x\n", i8, u32, i64, u64)
	fmt.Printf("%X %X %X\n", i8, u32, i)
	fmt.Printf("%c %c %c %c\n", 65, 0x4e16, 'é', 0x1F600)
	fmt.Printf("%q %q %q %q\n", 65, '\n', 0x4e16, '\'')
	fmt.Printf("%U %U %U\n", 65, 0x4e16, 0x1F600)
	fmt.Printf("%#U %#U\n", 'x', 0x2318)
	fmt.Printf("%c|%q|%U\n", -1, -1, -1)
	fmt.Printf("%c|%q\n", 0x110000, 0x110000)
	fmt.Printf("%d %x\n", uint8(255), int8(-1))
	fmt.Printf("%v %v\n", u64, uint64(1<<63))
	fmt.Printf("%T %T %T %T %T %T\n", i8, i16, i32, i64, u8, up)
	fmt.Printf("%T %T %T %T\n", 'a', byte('a'), 1, u)
	fmt.Printf("%x %X\n", -255, -255)
	fmt.Printf("%b\n", -5)
	fmt.Printf("%o %O\n", -8, -8)
}
