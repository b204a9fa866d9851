package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(m, len(m), m == nil)
	m["c"] = 3
	fmt.Println(m)
	s := []int{1, 2, 3, 4}
	clear(s[1:3]) // zero only a sub-slice
	fmt.Println(s, len(s))
	ps := []Point{{1, 2}, {3, 4}}
	clear(ps)
	fmt.Println(ps)
	strs := []string{"x", "y"}
	clear(strs)
	fmt.Printf("%q\n", strs)
	ptrs := []*int{new(int)}
	clear(ptrs)
	fmt.Println(ptrs[0] == nil)
	var nilS []int
	clear(nilS)
	fmt.Println(nilS == nil)
	arr := [3]int{7, 8, 9}
	clear(arr[:]) // clear the array through a slice
	fmt.Println(arr)
	mm := map[int][]int{1: {1}, 2: {2}}
	alias := mm
	clear(alias)
	fmt.Println(len(mm))
	anys := []any{1, "a", nil}
	clear(anys)
	fmt.Println(anys)
}
