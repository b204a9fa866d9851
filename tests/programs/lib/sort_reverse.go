package main

import (
	"fmt"
	"sort"
)

func main() {
	ints := []int{4, 1, 3, 5, 2}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	strs := []string{"b", "d", "a", "c"}
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Println(strs)
	fl := []float64{1.5, -2, 3.25}
	sort.Sort(sort.Reverse(sort.Float64Slice(fl)))
	fmt.Println(fl)
	fmt.Println(sort.IsSorted(sort.Reverse(sort.IntSlice(ints))), sort.IsSorted(sort.IntSlice(ints)))
	r := sort.Reverse(sort.IntSlice([]int{1, 2}))
	fmt.Println(r.Len(), r.Less(0, 1), r.Less(1, 0))
	pairs := [][2]int{{1, 9}, {2, 8}, {1, 7}, {2, 6}, {1, 5}}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i][0] > pairs[j][0] })
	fmt.Println(pairs)
	sort.Stable(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
}
