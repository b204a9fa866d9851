// Package sort: sorting and searching (Go 1.23 API).
//
// Go code, with two natives (natives_runtime.cpp) for Slice, SliceStable
// and SliceIsSorted, which take the slice as `any` and need reflection to
// reach its elements:
//
//	sort.sliceLen(x any) int           len of the slice in x (panics if x is not a slice)
//	sort.sliceSwap(x any, i, j int)    swaps elements i and j of that slice
//
// As in Go 1.22+, Ints/Float64s/Strings are slices.Sort (a different pdqsort
// instance than Sort(IntSlice(x)), with its own comparison sequence).
package sort

import (
	"math/bits"
	"slices"
)

// Interface is what Sort, Stable and IsSorted need from a collection.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts data (not stably).
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	limit := bits.Len(uint(n))
	pdqsort(data, 0, n, limit)
}

// Stable sorts data keeping equal elements in their original order.
func Stable(data Interface) {
	stable(data, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// sortedHint is what the pivot choice learned about the data's order.
type sortedHint int

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

// xorshift is Marsaglia's xorshift generator (shifts 13, 17, 5), used to
// break patterns in pdqsort.
type xorshift uint64

func (r *xorshift) Next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 17
	*r ^= *r << 5
	return uint64(*r)
}

func nextPowerOfTwo(length int) uint {
	return 1 << bits.Len(uint(length))
}

// lessSwap is the pair of funcs that Slice and SliceStable sort with.
type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

// reverse inverts the order of the Interface it embeds.
type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns data with the opposite order.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// IntSlice attaches Interface's methods to []int, ascending.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }
func (p IntSlice) Search(x int) int   { return SearchInts(p, x) }

// Float64Slice attaches Interface's methods to []float64, ascending with
// NaNs first.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j]))
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Sort(x) }
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

func isNaN(f float64) bool {
	return f != f
}

// StringSlice attaches Interface's methods to []string, ascending.
type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Sort(x) }
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

func Ints(x []int)         { slices.Sort(x) }
func Float64s(x []float64) { slices.Sort(x) }
func Strings(x []string)   { slices.Sort(x) }

func IntsAreSorted(x []int) bool         { return slices.IsSorted(x) }
func Float64sAreSorted(x []float64) bool { return slices.IsSorted(x) }
func StringsAreSorted(x []string) bool   { return slices.IsSorted(x) }

// Slice sorts the slice x (not stably) with less comparing indices.
func Slice(x any, less func(i, j int) bool) {
	length := sliceLen(x)
	swap := func(i, j int) { sliceSwap(x, i, j) }
	limit := bits.Len(uint(length))
	pdqsort_func(lessSwap{less, swap}, 0, length, limit)
}

// SliceStable sorts the slice x stably with less comparing indices.
func SliceStable(x any, less func(i, j int) bool) {
	length := sliceLen(x)
	swap := func(i, j int) { sliceSwap(x, i, j) }
	stable_func(lessSwap{less, swap}, length)
}

// SliceIsSorted reports whether the slice x is sorted by less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

func sliceLen(x any) int
func sliceSwap(x any, i, j int)
