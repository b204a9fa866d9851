package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	orig := []string{"a", "b", "c"}
	cl := slices.Clone(orig)
	cl[0] = "changed"
	fmt.Println(orig, cl)
	fmt.Println(slices.Clone([]int(nil)) == nil, slices.Clone([]int{}) == nil)
	all := slices.Concat([]int{1, 2}, nil, []int{3}, []int{}, []int{4, 5})
	fmt.Println(all, len(all))
	fmt.Println(slices.Concat[[]string]() == nil)
	fmt.Println(slices.Contains(orig, "b"), slices.Contains(orig, "z"), slices.Contains([]int(nil), 0))
	fmt.Println(slices.Index(orig, "c"), slices.Index(orig, "z"), slices.Index([]int{7, 7}, 7))
	fmt.Println(slices.IndexFunc(orig, func(s string) bool { return s > "a" }))
	fmt.Println(slices.IndexFunc([]int{1, 3, 5}, func(x int) bool { return x%2 == 0 }))
	fmt.Println(slices.ContainsFunc([]string{"go", "Rust"}, func(s string) bool { return strings.ToUpper(s) == s[:1]+strings.ToUpper(s[1:]) }))
	nested := [][]int{{1}, {2, 3}}
	shallow := slices.Clone(nested)
	shallow[1][0] = 99
	fmt.Println(nested, shallow)
	idx := slices.Index([]float64{0.1, 0.2, 0.3}, 0.1+0.2)
	fmt.Println(idx)
	var sum int
	for i, v := range slices.Backward([]int{1, 2, 3}) {
		sum += i * v
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(sum)
	fmt.Println(slices.Collect(slices.Values([]string{"x", "y"})))
}
