// Interface values holding structs and slices that point into the frame:
// the boxes do not escape, so they and the frame data they point to stay
// in the frame, and must follow the stack when it grows.
package main

import (
	"fmt"
	"sort"
)

type ref struct {
	p    *int
	name string
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

//go:noinline
func grow(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return 0
	}
	return grow(n-1) + pad[n%64]
}

//go:noinline
func deref(v any) int {
	grow(500)
	switch r := v.(type) {
	case ref:
		return *r.p + len(r.name)
	case []int:
		return r[0] + r[len(r)-1]
	}
	return -1
}

func main() {
	x := 40
	total := deref(ref{p: &x, name: "ab"})
	arr := [4]int{1, 2, 3, 4}
	total += deref(arr[:])
	fmt.Println(total)
	words := []string{"ccc", "a", "dddd", "bb"}
	sort.Sort(byLen(words))
	fmt.Println(words)
}
