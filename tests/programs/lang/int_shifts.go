package main

import "fmt"

func main() {
	x := 1
	for _, s := range []uint{0, 1, 7, 31, 32, 62, 63} {
		fmt.Printf("1<<%d = %d\n", s, x<<s)
	}
	n := -16
	fmt.Println("-16>>1 =", n>>1, "-16>>2 =", n>>2, "-16>>10 =", n>>10)
	fmt.Println("-1>>5 =", -1>>5)
	var u uint8 = 0b1011_0110
	fmt.Printf("u=%08b u<<1=%08b u<<3=%08b u>>2=%08b\n", u, u<<1, u<<3, u>>2)
	var i8 int8 = -128
	fmt.Printf("int8 -128>>1=%d >>7=%d <<1=%d\n", i8>>1, i8>>7, i8<<1)
	var i16 int16 = 0x4001
	fmt.Println("int16 0x4001<<1 =", i16<<1, "<<2 =", i16<<2)
	var u32 uint32 = 0x80000001
	fmt.Println("uint32 >>31 =", u32>>31, "<<1 =", u32<<1)
	// Shift count may be any integer type, signed included.
	var sc int = 3
	var sc8 int8 = 2
	fmt.Println("5<<int 3 =", 5<<sc, "40>>int8 2 =", 40>>sc8)
	// Untyped constant shifted by non-constant takes the context type.
	var f int64 = 1 << sc
	fmt.Printf("%v %T\n", f, f)
	// Constant shift
	const big = 1 << 62
	fmt.Println(big, big>>60)
	fmt.Printf("%x\n", uint64(0xdeadbeef)<<16)
}
