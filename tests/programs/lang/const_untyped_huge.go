package main

import (
	"fmt"
	"math"
)

// Untyped constants have arbitrary precision; only the final value must fit.

const Huge = 1 << 100
const Back = Huge >> 98 // 4
const Big = Huge * Huge / (Huge * Huge / 1000)
const MaxU64 = 1<<64 - 1
const Tiny = 1.0 / Huge

func main() {
	fmt.Println("1<<100>>98 =", Back)
	fmt.Println("(1<<100)>>98 direct =", 1<<100>>98)
	fmt.Println("Big =", Big)
	fmt.Println("Huge as float64 =", float64(Huge))
	fmt.Println("Huge/1e20 =", Huge/1e20)
	var u uint64 = MaxU64
	fmt.Println("MaxU64 =", u)
	fmt.Println("MaxU64>>60 =", MaxU64>>60)
	fmt.Println("Tiny*Huge =", Tiny*Huge)
	fmt.Println("math.MaxInt64 =", math.MaxInt64)
	fmt.Println("math.MinInt64 =", math.MinInt64)
	fmt.Println("MaxUint32 =", math.MaxUint32)
	var x int64 = math.MaxInt64 - (1<<63 - 10)
	fmt.Println("x =", x)
	const mixed = 'a' + 1.0 // untyped rune + untyped float -> untyped float
	fmt.Println("mixed =", mixed)
	fmt.Printf("%T\n", mixed)
	const r = 'a' + 1 // untyped rune
	fmt.Printf("%v %T %c\n", r, r, r)
	const q = 7 / 2    // integer division of untyped ints
	const qf = 7 / 2.0 // float division
	fmt.Println(q, qf)
	fmt.Println(Huge%7, -Huge%7)
}
