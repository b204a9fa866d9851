package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []int{1, 1, 2, 2, 2, 3, 1, 1, 4}
	fmt.Println(slices.Compact(s))
	words := []string{"Go", "go", "GO", "rust", "Rust", "go"}
	fmt.Println(slices.CompactFunc(words, strings.EqualFold))
	sorted := []int{5, 3, 5, 1, 3, 3, 9}
	slices.Sort(sorted)
	fmt.Println(slices.Compact(sorted))
	fmt.Println(slices.Compact([]int{}), slices.Compact([]int{7}))
	r := []int{1, 2, 3, 4, 5}
	slices.Reverse(r)
	fmt.Println(r)
	even := []string{"a", "b", "c", "d"}
	slices.Reverse(even)
	fmt.Println(even)
	var none []int
	slices.Reverse(none)
	fmt.Println(none)
	runes := []rune("héllo")
	slices.Reverse(runes)
	fmt.Println(string(runes))
	fmt.Println(slices.Equal(slices.Compact([]string{"x", "x"}), []string{"x"}))
}
