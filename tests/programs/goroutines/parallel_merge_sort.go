// Parallel merge sort: each half is sorted in a new goroutine until the
// pieces are small. The result is the same however the goroutines run.
package main

import "fmt"

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func sortPar(s []int) []int {
	if len(s) <= 4 {
		out := append([]int(nil), s...)
		for i := 1; i < len(out); i++ {
			for j := i; j > 0 && out[j] < out[j-1]; j-- {
				out[j], out[j-1] = out[j-1], out[j]
			}
		}
		return out
	}
	mid := len(s) / 2
	left := make(chan []int)
	go func() { left <- sortPar(s[:mid]) }()
	right := sortPar(s[mid:])
	return merge(<-left, right)
}

func main() {
	s := make([]int, 40)
	x := 17
	for i := range s {
		x = (x*73 + 19) % 101
		s[i] = x
	}
	fmt.Println("input: ", s)
	sorted := sortPar(s)
	fmt.Println("sorted:", sorted)
	ok := true
	for i := 1; i < len(sorted); i++ {
		if sorted[i-1] > sorted[i] {
			ok = false
		}
	}
	fmt.Println("ordered:", ok, "len:", len(sorted))
}
