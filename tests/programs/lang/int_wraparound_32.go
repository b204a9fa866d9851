package main

import (
	"fmt"
	"math"
)

func main() {
	var i int32 = math.MaxInt32
	i++
	fmt.Println("MaxInt32+1 =", i)
	i = math.MinInt32
	i--
	fmt.Println("MinInt32-1 =", i)
	var a int32 = 100000
	fmt.Println("100000*100000 int32 =", a*a)
	var u uint32 = math.MaxUint32
	u++
	fmt.Println("MaxUint32+1 =", u)
	u = 0
	u--
	fmt.Println("0-1 uint32 =", u)
	var b uint32 = 3000000000
	fmt.Println("3e9+3e9 uint32 =", b+b)
	fmt.Println("3e9*3 uint32 =", b*3)
	// A simple 32-bit hash (FNV-1a) relies on wrapping multiplication.
	var h uint32 = 2166136261
	for _, c := range []byte("goroscope") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv32a =", h)
	fmt.Printf("fnv32a hex = %x\n", h)
	var r rune = math.MaxInt32
	r += 1
	fmt.Println("rune overflow =", r)
	m := int32(math.MinInt32)
	fmt.Println("-MinInt32 =", -m, "MinInt32/-1 =", m/int32(-len("x")))
}
