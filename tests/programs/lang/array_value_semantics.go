package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) {
	a[0] = 100
}

func main() {
	a := [3]int{1, 2, 3}
	b := a // copy
	b[1] = 20
	fmt.Println("a:", a, "b:", b)
	c := modify(a)
	fmt.Println("after modify a:", a, "returned:", c)
	modifyPtr(&a)
	fmt.Println("after modifyPtr a:", a)
	// arrays inside structs are copied too
	type holder struct{ vals [2]string }
	h1 := holder{[2]string{"x", "y"}}
	h2 := h1
	h2.vals[0] = "changed"
	fmt.Println(h1, h2)
	// range over an array iterates over a copy
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 99
		fmt.Println("range copy:", i, v)
	}
	fmt.Println("arr after:", arr)
	// slicing an array shares memory
	s := arr[:]
	s[0] = -1
	fmt.Println("arr via slice:", arr, len(arr), cap(s))
	var zero [4]bool
	fmt.Println("zero array:", zero, len(zero))
	arrs := [2][2]int{}
	row := arrs[0]
	row[0] = 5
	fmt.Println("row copy:", arrs, row)
}
