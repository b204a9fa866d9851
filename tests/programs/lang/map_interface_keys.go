package main

import "fmt"

type ID int

func main() {
	m := map[any]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[ID(1)] = "ID 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[true] = "bool"
	m[[2]int{1, 1}] = "array"
	m[struct{ A int }{1}] = "struct"
	fmt.Println(len(m))
	fmt.Println(m[1], "|", m[int64(1)], "|", m[ID(1)], "|", m["1"], "|", m[1.0])
	fmt.Println(m[true], "|", m[[2]int{1, 1}], "|", m[struct{ A int }{1}])
	_, ok := m[int8(1)]
	fmt.Println("int8(1) present:", ok)
	var nilKey any
	m[nilKey] = "nil key"
	fmt.Println(m[nil], len(m))
	// Unhashable dynamic key type panics at run time.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m[[]int{1}] = "slice"
	}()
	type Shape interface{ Area() int }
	sm := map[Shape]int{}
	sm[sq(2)] = 1
	sm[sq(3)] = 2
	sm[sq(2)] += 10
	fmt.Println(sm[sq(2)], sm[sq(3)], len(sm))
}

type sq int

func (s sq) Area() int { return int(s * s) }
