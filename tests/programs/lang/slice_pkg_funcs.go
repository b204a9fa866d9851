package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	s := []int{5, 2, 8, 1, 9, 3}
	sorted := slices.Clone(s)
	slices.Sort(sorted)
	fmt.Println(s, sorted)
	idx, found := slices.BinarySearch(sorted, 8)
	fmt.Println("binary search 8:", idx, found)
	fmt.Println("index of 9:", slices.Index(s, 9), "contains 7:", slices.Contains(s, 7))
	fmt.Println("min/max:", slices.Min(s), slices.Max(s))
	slices.Reverse(sorted)
	fmt.Println("reversed:", sorted)
	people := []Person{{"Ann", 30}, {"Bob", 25}, {"Cid", 30}, {"Dee", 20}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int { return strings.Compare(b.Name, a.Name) })
	fmt.Println(people)
	words := []string{"pear", "fig", "apple"}
	sort.Strings(words)
	fmt.Println(words, sort.StringsAreSorted(words))
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	ins := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	fmt.Println(ins, slices.Delete(ins, 0, 2))
	fmt.Println(slices.IndexFunc(s, func(v int) bool { return v > 6 }))
	ints := []int{3, 1, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.SearchInts(ints, 2))
}
