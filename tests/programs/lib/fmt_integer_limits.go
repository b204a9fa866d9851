package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MinInt8, math.MaxInt8, math.MaxUint8)
	fmt.Println(math.MinInt16, math.MaxInt16, math.MaxUint16)
	fmt.Println(math.MinInt32, math.MaxInt32, uint32(math.MaxUint32))
	fmt.Println(int64(math.MinInt64), int64(math.MaxInt64), uint64(math.MaxUint64))
	fmt.Println(math.MinInt, math.MaxInt, uint(math.MaxUint))
	fmt.Printf("%x %x\n", int8(math.MinInt8), uint8(math.MaxUint8))
	fmt.Printf("%b\n", int16(math.MinInt16))
	fmt.Printf("%o\n", int32(math.MinInt32))
	fmt.Printf("%x %X\n", int64(math.MinInt64), uint64(math.MaxUint64))
	fmt.Printf("%#b\n", uint64(math.MaxUint64))
	fmt.Printf("%O\n", uint64(math.MaxUint64))
	fmt.Printf("%+d %+d\n", int64(math.MinInt64), int64(math.MaxInt64))
	fmt.Printf("%25d|%-25d|\n", int64(math.MinInt64), uint64(math.MaxUint64))
	var i8 int8 = math.MaxInt8
	i8++
	var u8 uint8 = 0
	u8--
	var i64 int64 = math.MaxInt64
	i64++
	var u64 uint64 = 0
	u64--
	fmt.Println(i8, u8, i64, u64)
	var i32 int32 = math.MinInt32
	fmt.Println(-i32, i32/-1, i32%-1)
	v200, v70000, one := 200, 70000, int64(1)
	fmt.Println(int8(v200), uint16(v70000), int32(one<<40>>8), int32(one<<40>>9))
	big := uint64(1) << 63
	fmt.Println(big, int64(big), float64(big))
	fmt.Printf("%d %d\n", uint32(1<<32-1), int16(-1<<15))
}
