package main

import "fmt"

func main() {
	m := map[string]int{}
	m = append(m, 1)
	n := 3
	fmt.Println(len(n))
	var s []int
	fmt.Println(cap(m), make(int), new(5))
	delete(s, 0)
	copy(s, "abc")
}
