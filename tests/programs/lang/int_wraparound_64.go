package main

import (
	"fmt"
	"math"
)

func main() {
	var i int64 = math.MaxInt64
	i++
	fmt.Println("MaxInt64+1 =", i)
	i--
	fmt.Println("MinInt64-1 =", i)
	var a int64 = 1 << 62
	fmt.Println("2^62*2 =", a*2)
	fmt.Println("2^62*4 =", a*4)
	var u uint64 = math.MaxUint64
	u++
	fmt.Println("MaxUint64+1 =", u)
	u--
	fmt.Println("0-1 uint64 =", u)
	fmt.Println("MaxUint64*MaxUint64 =", u*u)
	var n int = math.MaxInt
	n += 1
	fmt.Println("int MaxInt+1 =", n)
	var un uint = 0
	un--
	fmt.Println("uint 0-1 =", un)
	// FNV-1a 64
	var h uint64 = 14695981039346656037
	for _, c := range []byte("goroscope") {
		h ^= uint64(c)
		h *= 1099511628211
	}
	fmt.Println("fnv64a =", h)
	// factorials overflow int64 after 20!
	f := int64(1)
	for k := int64(1); k <= 25; k++ {
		f *= k
		if k >= 19 {
			fmt.Printf("%d! = %d\n", k, f)
		}
	}
	m := int64(math.MinInt64)
	fmt.Println("-MinInt64 =", -m, "MinInt64/-1 =", m/int64(-len("x")), "MinInt64%-1 =", m%int64(-len("x")))
}
