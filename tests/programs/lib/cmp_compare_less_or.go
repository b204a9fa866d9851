package main

import (
	"cmp"
	"fmt"
	"math"
)

type Version struct {
	Major, Minor, Patch int
}

func compareVersion(a, b Version) int {
	return cmp.Or(cmp.Compare(a.Major, b.Major), cmp.Compare(a.Minor, b.Minor), cmp.Compare(a.Patch, b.Patch))
}

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 1), cmp.Compare(3, 3))
	fmt.Println(cmp.Compare("a", "b"), cmp.Compare("b", "a"), cmp.Compare("", ""))
	fmt.Println(cmp.Compare(1.5, 1.5), cmp.Compare(-0.0, 0.0))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 1), cmp.Compare(1, nan), cmp.Compare(nan, nan), cmp.Compare(nan, math.Inf(-1)))
	fmt.Println(cmp.Less(1, 2), cmp.Less(2, 1), cmp.Less(nan, 1), cmp.Less(1, nan), cmp.Less(nan, nan))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "default"), cmp.Or("set", "default"), cmp.Or[int]())
	fmt.Println(cmp.Or(0.0, -1.5))
	vs := []Version{{1, 2, 3}, {1, 10, 0}, {1, 2, 3}, {0, 9, 9}}
	for i := 0; i < len(vs)-1; i++ {
		fmt.Println(vs[i], vs[i+1], compareVersion(vs[i], vs[i+1]))
	}
	fmt.Println(cmp.Compare(uint8(255), uint8(0)), cmp.Compare(int64(-1), int64(0)))
	type port int
	fmt.Println(cmp.Compare(port(80), port(443)), cmp.Less(port(80), port(443)))
	name := ""
	fmt.Println("hello,", cmp.Or(name, "stranger"))
}
