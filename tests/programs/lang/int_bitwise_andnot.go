package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Printf("a=%04b b=%04b\n", a, b)
	fmt.Printf("a&b=%04b a|b=%04b a^b=%04b a&^b=%04b\n", a&b, a|b, a^b, a&^b)
	fmt.Printf("^a=%d ^b=%d\n", ^a, ^b)
	var u uint8 = 0b11110000
	fmt.Printf("^u=%08b u&^0x30=%08b\n", ^u, u&^0x30)
	x := -1
	fmt.Println("-1&0xff =", x&0xff, "-1&^0xff =", x&^0xff)
	n := 0x12345678
	fmt.Printf("byte swap: %x\n", (n&0xff)<<24|(n&0xff00)<<8|(n>>8)&0xff00|(n>>24)&0xff)
	// Population count by clearing the lowest set bit.
	for _, v := range []uint{0, 1, 255, 0x8000, 0xdeadbeef} {
		c := 0
		for w := v; w != 0; w &= w - 1 {
			c++
		}
		fmt.Printf("popcount(%#x) = %d\n", v, c)
	}
	// Isolate lowest set bit.
	y := 40
	fmt.Println("lowest bit of 40:", y&-y)
	var m int16 = -32768
	fmt.Println("int16 ^m:", ^m, "m&^-1:", m&^-1, "m|1:", m|1, "m^-1:", m^-1)
	// op-assign forms
	z := 0xff
	z &^= 0x0f
	fmt.Printf("%#x\n", z)
	z ^= 0x1
	z |= 0x100
	z &= 0x1f1
	fmt.Printf("%#x\n", z)
}
