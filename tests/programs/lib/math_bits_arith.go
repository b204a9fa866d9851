package main

import (
	"fmt"
	"math/bits"
)

func main() {
	sum, carry := bits.Add64(0xFFFFFFFFFFFFFFFF, 1, 0)
	fmt.Println(sum, carry)
	sum, carry = bits.Add64(5, 7, 1)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow)
	diff, borrow = bits.Sub64(10, 3, 1)
	fmt.Println(diff, borrow)
	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF)
	fmt.Printf("%#x %#x\n", hi, lo)
	hi, lo = bits.Mul64(1<<32, 1<<32)
	fmt.Println(hi, lo)
	hi, lo = bits.Mul64(123456789, 987654321)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	q, r = bits.Div64(0, 100, 7)
	fmt.Println(q, r)
	s32, c32 := bits.Add32(0xFFFFFFFF, 0xFFFFFFFF, 1)
	fmt.Println(s32, c32)
	h32, l32 := bits.Mul32(0x80000000, 4)
	fmt.Println(h32, l32)
	fmt.Println(bits.Rem64(1, 0, 10))
	// 128-bit addition using carries.
	aHi, aLo := uint64(1), uint64(0xFFFFFFFFFFFFFFFF)
	bHi, bLo := uint64(2), uint64(2)
	rLo, c := bits.Add64(aLo, bLo, 0)
	rHi, _ := bits.Add64(aHi, bHi, c)
	fmt.Printf("%d:%d\n", rHi, rLo)
	f, c2 := bits.Add(1, 2, 0)
	fmt.Println(f, c2)
}
