package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 2, 3, 4, 5}
	s = slices.Insert(s, 0, 0)
	fmt.Println(s)
	s = slices.Insert(s, len(s), 6, 7)
	fmt.Println(s)
	s = slices.Insert(s, 3, 100, 200, 300)
	fmt.Println(s, len(s))
	s = slices.Delete(s, 3, 6)
	fmt.Println(s)
	s = slices.Delete(s, 0, 1)
	fmt.Println(s)
	s = slices.Delete(s, len(s)-2, len(s))
	fmt.Println(s)
	s = slices.Delete(s, 2, 2)
	fmt.Println(s)
	s = slices.DeleteFunc(s, func(x int) bool { return x%2 == 0 })
	fmt.Println(s)
	words := []string{"keep", "drop", "keep2", "drop", "drop"}
	words = slices.DeleteFunc(words, func(w string) bool { return w == "drop" })
	fmt.Println(words, len(words))
	r := slices.Replace([]int{1, 2, 3, 4}, 1, 3, 9, 9, 9)
	fmt.Println(r)
	var empty []string
	empty = slices.Insert(empty, 0, "first")
	fmt.Println(empty)
	g := slices.Grow([]int{1}, 10)
	fmt.Println(g, len(g), cap(g) >= 11)
	c := slices.Clip(make([]int, 2, 10))
	fmt.Println(len(c), cap(c))
	fmt.Println(slices.Repeat([]string{"ab"}, 3))
}
