package main

import "fmt"

// uintptr is just an unsigned integer wide enough for a pointer.

func main() {
	var p uintptr = 4096
	fmt.Println(p, p+1, p*2, p/3, p%3)
	fmt.Printf("%T %x %d\n", p, p, p)
	p -= 4097
	fmt.Println("wrapped:", p)
	fmt.Println("as uint64:", uint64(p))
	q := uintptr(0xdead)
	fmt.Println(q>>8, q<<4, q&0xff, q|1)
	align := func(n, a uintptr) uintptr { return (n + a - 1) &^ (a - 1) }
	for _, n := range []uintptr{0, 1, 7, 8, 9, 15, 16, 17} {
		fmt.Printf("align(%d, 8) = %d\n", n, align(n, 8))
	}
	var z uintptr
	m1 := int8(-1)
	fmt.Println(z == 0, int(q), uintptr(m1) == p, uintptr(m1))
}
