package main

import (
	"fmt"
	"math/bits"
)

func main() {
	vals := []uint64{0, 1, 2, 3, 255, 256, 1 << 63, 0xFFFFFFFFFFFFFFFF, 0x00F0F0F0F0F0F0F0, 12345678901234}
	for _, v := range vals {
		fmt.Printf("%#x ones=%d lz=%d tz=%d len=%d\n", v, bits.OnesCount64(v), bits.LeadingZeros64(v), bits.TrailingZeros64(v), bits.Len64(v))
	}
	fmt.Println(bits.OnesCount(7), bits.OnesCount8(0xff), bits.OnesCount16(0x0f0f), bits.OnesCount32(0xffffffff))
	fmt.Println(bits.LeadingZeros8(1), bits.LeadingZeros16(1), bits.LeadingZeros32(1), bits.LeadingZeros(1))
	fmt.Println(bits.TrailingZeros8(0), bits.TrailingZeros16(8), bits.TrailingZeros32(0), bits.TrailingZeros(64))
	fmt.Println(bits.Len(0), bits.Len8(5), bits.Len16(1000), bits.Len32(1<<31), bits.UintSize)
	fmt.Printf("%08b %08b\n", bits.Reverse8(0b00010110), bits.Reverse8(1))
	fmt.Printf("%016b\n", bits.Reverse16(0x00ff))
	fmt.Printf("%#x %#x\n", bits.Reverse32(1), bits.Reverse64(1))
	fmt.Printf("%#x %#x %#x\n", bits.ReverseBytes16(0x1234), bits.ReverseBytes32(0x12345678), bits.ReverseBytes64(0x0102030405060708))
	fmt.Printf("%08b %08b\n", bits.RotateLeft8(0b10010011, 1), bits.RotateLeft8(0b10010011, -1))
	fmt.Printf("%#x %#x\n", bits.RotateLeft32(0x80000001, 4), bits.RotateLeft64(1, -1))
	fmt.Printf("%#x\n", bits.RotateLeft16(0xabcd, 8))
	fmt.Println(bits.RotateLeft(1, 3))
	isPow2 := func(x uint64) bool { return x != 0 && bits.OnesCount64(x) == 1 }
	for _, x := range []uint64{0, 1, 6, 64, 1000, 1024} {
		fmt.Print(x, ":", isPow2(x), " ")
	}
	fmt.Println()
}
