package main

import "fmt"

func main() {
	a := []int{1}
	b := []int{1}
	fmt.Println(a == b)
	fmt.Println(a == nil)
	m := map[string]int{}
	fmt.Println(m == m)
	f := func() {}
	fmt.Println(f == nil, f != f)
}
