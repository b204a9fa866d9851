package main

import (
	"fmt"
	"slices"
)

func main() {
	var n []int
	e := []int{}
	m := make([]int, 0)
	fmt.Println("nil:", n == nil, len(n), cap(n), n)
	fmt.Println("empty literal:", e == nil, len(e), cap(e), e)
	fmt.Println("make 0:", m == nil, len(m), cap(m), m)
	fmt.Printf("%v %v %d\n", n, e, len(n))
	// ranging and appending to nil is fine
	for range n {
		fmt.Println("never")
	}
	n = append(n, 1)
	fmt.Println("after append:", n, n == nil)
	// slicing nil gives nil
	var z []string
	zz := z[:0]
	fmt.Println("nil[:0] == nil:", zz == nil)
	// empty slice of an array is not nil
	arr := [3]int{}
	es := arr[:0]
	fmt.Println("arr[:0] == nil:", es == nil, cap(es))
	fmt.Println("Equal nil vs empty:", slices.Equal([]int(nil), []int{}))
	var sb []byte
	fmt.Printf("%q %q\n", string(sb), sb)
	mk := make([]int, 3, 10)
	fmt.Println(mk, len(mk), cap(mk))
	mk = mk[:cap(mk)]
	fmt.Println(mk, len(mk))
	var ns []int = nil
	copy(ns, []int{1})
	fmt.Println("copy into nil:", ns)
}
