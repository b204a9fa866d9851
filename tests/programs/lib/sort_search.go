package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 5, 7, 9, 11}
	for _, x := range []int{0, 1, 4, 9, 11, 12} {
		i := sort.SearchInts(a, x)
		found := i < len(a) && a[i] == x
		fmt.Printf("SearchInts(%d) = %d found=%v\n", x, i, found)
	}
	s := []string{"apple", "banana", "cherry", "date"}
	fmt.Println(sort.SearchStrings(s, "cherry"), sort.SearchStrings(s, "coconut"), sort.SearchStrings(s, "zz"))
	f := []float64{0.5, 1.5, 2.5}
	fmt.Println(sort.SearchFloat64s(f, 1.5), sort.SearchFloat64s(f, 2))
	// Search finds the smallest index for which the predicate is true.
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println("first i with i*i >= 50:", i)
	desc := []int{90, 70, 50, 30, 10}
	j := sort.Search(len(desc), func(i int) bool { return desc[i] <= 40 })
	fmt.Println("first <= 40 in desc:", j, desc[j])
	fmt.Println(sort.Search(0, func(int) bool { return true }), sort.Search(5, func(int) bool { return false }))
	idx, ok := sort.Find(len(s), func(i int) int {
		switch {
		case "banana" < s[i]:
			return -1
		case "banana" > s[i]:
			return 1
		}
		return 0
	})
	fmt.Println(idx, ok)
	guess := 0
	secret := 37
	steps := 0
	sort.Search(101, func(n int) bool {
		steps++
		guess = n
		return n >= secret
	})
	fmt.Println("steps", steps, "last guess", guess)
	fmt.Println(sort.IntSlice(a).Search(7), sort.StringSlice(s).Search("b"))
}
