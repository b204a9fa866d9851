package main

import (
	"fmt"
	"strings"
)

// Ordered mirrors cmp.Ordered: every type that supports < and >.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 | ~string
}

func Min[T Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		if v < m {
			m = v
		}
	}
	return m
}

func Compare[T Ordered](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func InsertionSort[T Ordered](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func Clamp[T Ordered](v, lo, hi T) T { return max(lo, min(v, hi)) }

type Name string

func main() {
	fmt.Println(Min(5, 2, 8), Min("pear", "apple", "fig"), Min(2.5))
	fmt.Println(Compare(1, 2), Compare("b", "a"), Compare(1.5, 1.5))
	ints := []int{5, 2, 9, 1, 5, 6}
	InsertionSort(ints)
	fmt.Println(ints)
	names := []Name{"zed", "amy", "Bob"}
	InsertionSort(names)
	fmt.Println(names)
	fl := []float64{3.5, -1, 2.25}
	InsertionSort(fl)
	fmt.Println(fl)
	fmt.Println(Clamp(15, 0, 10), Clamp(-3, 0, 10), Clamp("m", "a", "k"))
	us := []uint8{200, 3, 255, 0}
	InsertionSort(us)
	fmt.Println(us, strings.Repeat("=", Clamp(3, 1, 5)))
}
