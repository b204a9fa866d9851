package main

import "fmt"

type Big struct {
	Arr  [3]int
	List []int
	M    map[string]int
	P    *int
}

func mutate(b Big) {
	b.Arr[0] = 100  // copy: caller unaffected
	b.List[0] = 100 // shared backing array
	b.M["k"] = 100  // shared map
	*b.P = 100      // shared target
	b.List = nil    // only the copy changes
}

func mutatePtr(b *Big) {
	b.Arr[0] = 200
	b.List = append(b.List, 5)
}

func main() {
	n := 1
	b := Big{[3]int{1, 2, 3}, []int{1, 2}, map[string]int{"k": 1}, &n}
	mutate(b)
	fmt.Println(b.Arr, b.List, b.M, *b.P, n)
	mutatePtr(&b)
	fmt.Println(b.Arr, b.List)
	s := "immutable"
	change := func(str string) { str = "changed"; _ = str }
	change(s)
	fmt.Println(s)
	arr := [2]int{1, 2}
	inc := func(a [2]int) [2]int { a[0]++; return a }
	fmt.Println(inc(arr), arr)
	sl := []int{1, 2}
	incS := func(a []int) { a[0]++ }
	incS(sl)
	fmt.Println(sl)
	iface := any(arr) // interface holds a copy
	arr[1] = 99
	fmt.Println(iface, arr)
}
