package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, -1, 9, 2, 0, 100, -50}
	fmt.Println(sort.IntsAreSorted(ints))
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"banana", "Apple", "cherry", "apple", "", "Banana", "élan", "zebra"}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))
	fl := []float64{3.5, -1, math.Inf(1), 0, math.NaN(), -math.Inf(1), 2.25, 1e-300}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, sort.IntsAreSorted(empty))
	one := []string{"solo"}
	sort.Strings(one)
	fmt.Println(one)
	big := make([]int, 50)
	for i := range big {
		big[i] = (i * 37) % 50
	}
	sort.Ints(big)
	fmt.Println(big[:10], big[40:], sort.IntsAreSorted(big))
	fmt.Println(sort.IsSorted(sort.IntSlice([]int{1, 2, 2, 3})), sort.IsSorted(sort.StringSlice([]string{"b", "a"})))
	is := sort.IntSlice{3, 1, 2}
	is.Sort()
	fmt.Println(is, is.Len(), is.Less(0, 1))
	ss := sort.StringSlice{"c", "a", "b"}
	sort.Sort(ss)
	fmt.Println(ss)
}
