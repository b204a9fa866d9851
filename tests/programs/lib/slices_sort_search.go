package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(xs)
	fmt.Println(xs, slices.IsSorted(xs))
	for _, t := range []int{0, 1, 4, 9, 10} {
		i, found := slices.BinarySearch(xs, t)
		fmt.Printf("BinarySearch(%d) = %d %v\n", t, i, found)
	}
	words := []string{"pear", "apple", "fig", "banana"}
	slices.Sort(words)
	fmt.Println(words)
	i, found := slices.BinarySearch(words, "fig")
	fmt.Println(i, found)
	i, found = slices.BinarySearch(words, "cherry")
	fmt.Println(i, found)
	type item struct {
		name string
		rank int
	}
	items := []item{{"a", 1}, {"b", 3}, {"c", 5}, {"d", 7}}
	i, found = slices.BinarySearchFunc(items, 5, func(it item, target int) int { return it.rank - target })
	fmt.Println(i, found, items[i])
	i, found = slices.BinarySearchFunc(items, 4, func(it item, target int) int { return it.rank - target })
	fmt.Println(i, found)
	fl := []float64{2.5, -1, 0}
	slices.Sort(fl)
	fmt.Println(fl, slices.IsSorted([]int{3, 2}))
	var none []int
	slices.Sort(none)
	i, found = slices.BinarySearch(none, 1)
	fmt.Println(none, i, found)
	fmt.Println(slices.IsSortedFunc(items, func(a, b item) int { return b.rank - a.rank }))
}
