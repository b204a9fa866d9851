package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println("int8:", math.MinInt8, math.MaxInt8)
	fmt.Println("int16:", math.MinInt16, math.MaxInt16)
	fmt.Println("int32:", math.MinInt32, math.MaxInt32)
	fmt.Println("int64:", int64(math.MinInt64), int64(math.MaxInt64))
	fmt.Println("uint8:", math.MaxUint8, "uint16:", math.MaxUint16, "uint32:", uint32(math.MaxUint32))
	fmt.Println("uint64:", uint64(math.MaxUint64))
	fmt.Println("int:", math.MinInt, math.MaxInt, "uint:", uint(math.MaxUint))
	var (
		i   int     = -1
		i8  int8    = -2
		i16 int16   = -3
		i32 int32   = -4
		i64 int64   = -5
		u   uint    = 1
		u8  uint8   = 2
		u16 uint16  = 3
		u32 uint32  = 4
		u64 uint64  = 5
		up  uintptr = 6
		f32 float32 = 7.5
		f64 float64 = 8.25
		b   byte    = 9
		r   rune    = 10
	)
	fmt.Println(i, i8, i16, i32, i64, u, u8, u16, u32, u64, up, f32, f64, b, r)
	fmt.Printf("%T %T %T %T %T\n", i, i8, i16, i32, i64)
	fmt.Printf("%T %T %T %T %T %T\n", u, u8, u16, u32, u64, up)
	fmt.Printf("%T %T %T %T\n", f32, f64, b, r)
	var zi int
	var zf float64
	var zs string
	var zb bool
	var zc complex128
	fmt.Printf("zeros: %v %v %q %v %v\n", zi, zf, zs, zb, zc)
}
