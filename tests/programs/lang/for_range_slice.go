package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	// the length is evaluated once: appending does not extend the loop
	for i, v := range s {
		s = append(s, v*10)
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(s)
	// but writes to elements not yet visited are seen (shared backing array)
	t := []int{1, 2, 3}
	for i, v := range t {
		if i+1 < len(t) {
			t[i+1] += 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	// value is a copy; modify through index
	type item struct{ n int }
	items := []item{{1}, {2}}
	for _, it := range items {
		it.n *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].n *= 10
	}
	fmt.Println(items)
	// pointers to elements
	ptrs := []*item{}
	for i := range items {
		ptrs = append(ptrs, &items[i])
	}
	ptrs[0].n = -1
	fmt.Println(items[0])
	var nilSlice []string
	for range nilSlice {
		fmt.Println("never")
	}
	// range with existing variables
	var idx, val int
	for idx, val = range []int{7, 8, 9} {
	}
	fmt.Println("last:", idx, val)
	// reassigning the slice variable during the loop does not change iteration
	u := []string{"x", "y", "z"}
	for i, v := range u {
		u = []string{"other"}
		fmt.Print(i, v, " ")
	}
	fmt.Println(u)
}
