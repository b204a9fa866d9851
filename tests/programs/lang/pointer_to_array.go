package main

import "fmt"

func fill(a *[5]int, v int) {
	for i := range a { // range over pointer to array
		a[i] = v + i // indexing through the pointer
	}
}

func main() {
	var arr [5]int
	p := &arr
	fill(p, 10)
	fmt.Println(arr, len(p), cap(p))
	p[0] = -1
	fmt.Println(arr[0], (*p)[1])
	for i, v := range p {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	s := p[1:3]
	s[0] = 100
	fmt.Println(arr, s)
	// pointer to array from a slice conversion (Go 1.17+) and array conversion (1.20+)
	sl := []int{1, 2, 3, 4}
	ap := (*[4]int)(sl)
	ap[0] = 9
	fmt.Println(sl)
	cp := [2]int(sl[2:])
	cp[0] = 0
	fmt.Println(sl, cp)
	var nilArr *[3]int
	fmt.Println("len of nil array pointer:", len(nilArr))
	for i := range nilArr { // range over nil *array with only the index is fine
		fmt.Print(i, " ")
	}
	fmt.Println()
	grid := &[2][2]string{{"a", "b"}, {"c", "d"}}
	grid[1][0] = "C"
	fmt.Println(*grid)
}
