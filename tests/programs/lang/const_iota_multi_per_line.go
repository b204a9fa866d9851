package main

import "fmt"

// Several constants per line share the same iota value.

const (
	a, b = iota, iota + 10 // 0, 10
	c, d                   // 1, 11
	e, f                   // 2, 12
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

type Color int

const (
	Red, Crimson Color = iota, iota * 100
	Green, Lime
	Blue, Navy
)

func main() {
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(bit0, mask0, bit1, mask1, bit3, mask3)
	fmt.Println(Red, Crimson, Green, Lime, Blue, Navy)
	fmt.Printf("%T %T\n", Navy, bit3)
}
