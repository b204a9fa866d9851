// pdqsort and the stable merge sort over a slice of cmp.Ordered elements.
//
// This file and zsortfunc.go are the same code; here elements are compared with
// < inline, NaN ordered first exactly as cmp.Less orders it (x != x only
// holds for a NaN).
//
// The algorithms are Go 1.23's, step for step, because a program can
// observe them: the order of equal elements after an unstable sort, and the
// number and order of comparison calls when the comparison prints. They are:
//   - pattern-defeating quicksort (Orson Peters' pdqsort without the
//     BlockQuicksort part): insertion sort at 12 elements or fewer; pivot by
//     median of three (8 or more elements) or Tukey's ninther (50 or more);
//     a sorted/reversed hint from the number of swaps the pivot choice made;
//     a partial insertion sort for nearly sorted input; a partition that
//     groups elements equal to the pivot when the predecessor is not less
//     than it; pattern breaking with an xorshift generator after an
//     unbalanced partition; heapsort after bits.Len(n) bad partitions;
//   - stable sort: insertion sort on blocks of 20, then SymMerge (Kim and
//     Kutzner) of ever larger blocks, rotating with block swaps.
//
// Recursive calls spell out their type argument ([E]): Goroscope's checker
// does not yet infer a generic function's own type parameter when the
// function calls itself.
package slices

import "cmp"

// insertionSortOrdered sorts data[a:b] by insertion.
func insertionSortOrdered[E cmp.Ordered](data []E, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && (data[j] < data[j-1] || (data[j] != data[j] && data[j-1] == data[j-1])); j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

// siftDownOrdered restores the max-heap property of data[first+lo:first+hi]
// below the root lo.
func siftDownOrdered[E cmp.Ordered](data []E, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && (data[first+child] < data[first+child+1] || (data[first+child] != data[first+child] && data[first+child+1] == data[first+child+1])) {
			child++
		}
		if !(data[first+root] < data[first+child] || (data[first+root] != data[first+root] && data[first+child] == data[first+child])) {
			return
		}
		data[first+root], data[first+child] = data[first+child], data[first+root]
		root = child
	}
}

func heapSortOrdered[E cmp.Ordered](data []E, a, b int) {
	first := a
	lo := 0
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDownOrdered(data, i, hi, first)
	}
	// Move the largest element to the end, one at a time.
	for i := hi - 1; i >= 0; i-- {
		data[first], data[first+i] = data[first+i], data[first]
		siftDownOrdered(data, lo, i, first)
	}
}

// pdqsortOrdered sorts data[a:b]; limit is the number of unbalanced
// partitions allowed before falling back to heapsort.
func pdqsortOrdered[E cmp.Ordered](data []E, a, b, limit int) {
	const maxInsertion = 12
	wasBalanced := true    // the previous partition was reasonably balanced
	wasPartitioned := true // the previous partition moved nothing

	for {
		length := b - a
		if length <= maxInsertion {
			insertionSortOrdered(data, a, b)
			return
		}
		if limit == 0 {
			heapSortOrdered(data, a, b)
			return
		}
		if !wasBalanced {
			breakPatternsOrdered(data, a, b)
			limit--
		}

		pivot, hint := choosePivotOrdered(data, a, b)
		if hint == decreasingHint {
			reverseRangeOrdered(data, a, b)
			// The pivot moves to the mirrored position.
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}

		// Probably already sorted: try to finish with a few insertions.
		if wasBalanced && wasPartitioned && hint == increasingHint {
			if partialInsertionSortOrdered(data, a, b) {
				return
			}
		}

		// data[a-1] is a pivot of an earlier partition and nothing here is
		// smaller than it; if it is not less than this pivot either, many
		// elements equal the pivot: put them first and skip them.
		if a > 0 && !(data[a-1] < data[pivot] || (data[a-1] != data[a-1] && data[pivot] == data[pivot])) {
			a = partitionEqualOrdered(data, a, b, pivot)
			continue
		}

		mid, alreadyPartitioned := partitionOrdered(data, a, b, pivot)
		wasPartitioned = alreadyPartitioned

		leftLen, rightLen := mid-a, b-mid
		balanceThreshold := length / 8
		// Recurse into the shorter side, loop on the longer one.
		if leftLen < rightLen {
			wasBalanced = leftLen >= balanceThreshold
			pdqsortOrdered[E](data, a, mid, limit)
			a = mid + 1
		} else {
			wasBalanced = rightLen >= balanceThreshold
			pdqsortOrdered[E](data, mid+1, b, limit)
			b = mid
		}
	}
}

// partitionOrdered moves data[pivot] to its final place p within data[a:b]
// with smaller elements before it and the others after it. The second result
// says whether no element had to move.
func partitionOrdered[E cmp.Ordered](data []E, a, b, pivot int) (int, bool) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1 // data[i..j] (inclusive) is still unpartitioned

	for i <= j && (data[i] < data[a] || (data[i] != data[i] && data[a] == data[a])) {
		i++
	}
	for i <= j && !(data[j] < data[a] || (data[j] != data[j] && data[a] == data[a])) {
		j--
	}
	if i > j {
		data[j], data[a] = data[a], data[j]
		return j, true
	}
	data[i], data[j] = data[j], data[i]
	i++
	j--

	for {
		for i <= j && (data[i] < data[a] || (data[i] != data[i] && data[a] == data[a])) {
			i++
		}
		for i <= j && !(data[j] < data[a] || (data[j] != data[j] && data[a] == data[a])) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	data[j], data[a] = data[a], data[j]
	return j, false
}

// partitionEqualOrdered puts the elements equal to data[pivot] first in
// data[a:b] (none is smaller) and returns where the greater ones start.
func partitionEqualOrdered[E cmp.Ordered](data []E, a, b, pivot int) int {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1

	for {
		for i <= j && !(data[a] < data[i] || (data[a] != data[a] && data[i] == data[i])) {
			i++
		}
		for i <= j && (data[a] < data[j] || (data[a] != data[a] && data[j] == data[j])) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	return i
}

// partialInsertionSortOrdered fixes up to 5 out-of-order neighbours (only in
// slices of 50 or more) and reports whether data[a:b] ended up sorted.
func partialInsertionSortOrdered[E cmp.Ordered](data []E, a, b int) bool {
	const (
		maxSteps         = 5
		shortestShifting = 50
	)
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !(data[i] < data[i-1] || (data[i] != data[i] && data[i-1] == data[i-1])) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data[i], data[i-1] = data[i-1], data[i]

		// Sink the smaller element leftwards...
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !(data[j] < data[j-1] || (data[j] != data[j] && data[j-1] == data[j-1])) {
					break
				}
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
		// ...and float the greater one rightwards.
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !(data[j] < data[j-1] || (data[j] != data[j] && data[j-1] == data[j-1])) {
					break
				}
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
	}
	return false
}

// breakPatternsOrdered swaps three elements around the middle with
// pseudo-randomly chosen ones (deterministic: seeded by the length).
func breakPatternsOrdered[E cmp.Ordered](data []E, a, b int) {
	length := b - a
	if length < 8 {
		return
	}
	random := xorshift(length)
	modulus := nextPowerOfTwo(length)
	for idx := a + (length/4)*2 - 1; idx <= a+(length/4)*2+1; idx++ {
		other := int(uint(random.Next()) & (modulus - 1))
		if other >= length {
			other -= length
		}
		data[idx], data[a+other] = data[a+other], data[idx]
	}
}

// choosePivotOrdered picks a pivot index in data[a:b] and guesses from the
// swaps the choice needed whether the data is increasing or decreasing.
func choosePivotOrdered[E cmp.Ordered](data []E, a, b int) (int, sortedHint) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)
	l := b - a
	swaps := 0
	i := a + l/4*1
	j := a + l/4*2
	k := a + l/4*3
	if l >= 8 {
		if l >= shortestNinther {
			i = medianAdjacentOrdered(data, i, &swaps)
			j = medianAdjacentOrdered(data, j, &swaps)
			k = medianAdjacentOrdered(data, k, &swaps)
		}
		j = medianOrdered(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	}
	return j, unknownHint
}

// order2Ordered returns (x, y) with data[x] <= data[y] from indices a and b.
func order2Ordered[E cmp.Ordered](data []E, a, b int, swaps *int) (int, int) {
	if data[b] < data[a] || (data[b] != data[b] && data[a] == data[a]) {
		*swaps++
		return b, a
	}
	return a, b
}

// medianOrdered returns which of a, b, c indexes the median value.
func medianOrdered[E cmp.Ordered](data []E, a, b, c int, swaps *int) int {
	a, b = order2Ordered(data, a, b, swaps)
	b, c = order2Ordered(data, b, c, swaps)
	a, b = order2Ordered(data, a, b, swaps)
	return b
}

func medianAdjacentOrdered[E cmp.Ordered](data []E, a int, swaps *int) int {
	return medianOrdered(data, a-1, a, a+1, swaps)
}

func reverseRangeOrdered[E cmp.Ordered](data []E, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data[i], data[j] = data[j], data[i]
	}
}

func swapRangeOrdered[E cmp.Ordered](data []E, a, b, n int) {
	for i := 0; i < n; i++ {
		data[a+i], data[b+i] = data[b+i], data[a+i]
	}
}

// stableOrdered sorts data[0:n] stably.
func stableOrdered[E cmp.Ordered](data []E, n int) {
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertionSortOrdered(data, a, b)
		a = b
		b += blockSize
	}
	insertionSortOrdered(data, a, n)

	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMergeOrdered(data, a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			symMergeOrdered(data, a, m, n)
		}
		blockSize *= 2
	}
}

// symMergeOrdered merges the sorted runs data[a:m] and data[m:b] in place
// (SymMerge); it requires a < m < b.
func symMergeOrdered[E cmp.Ordered](data []E, a, m, b int) {
	if m-a == 1 {
		// A single element on the left: binary-search its place in data[m:b]
		// (the first element not less than it) and bubble it there.
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data[h] < data[a] || (data[h] != data[h] && data[a] == data[a]) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data[k], data[k+1] = data[k+1], data[k]
		}
		return
	}
	if b-m == 1 {
		// A single element on the right: its place in data[a:m] is after
		// every element not greater than it.
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !(data[m] < data[h] || (data[m] != data[m] && data[h] == data[h])) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data[k], data[k-1] = data[k-1], data[k]
		}
		return
	}

	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !(data[p-c] < data[c] || (data[p-c] != data[p-c] && data[c] == data[c])) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotateOrdered(data, start, m, end)
	}
	if a < start && start < mid {
		symMergeOrdered[E](data, a, start, mid)
	}
	if mid < end && end < b {
		symMergeOrdered[E](data, mid, end, b)
	}
}

// rotateOrdered exchanges the adjacent blocks data[a:m] and data[m:b] with
// block swaps; it requires a < m < b.
func rotateOrdered[E cmp.Ordered](data []E, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRangeOrdered(data, m-i, m, j)
			i -= j
		} else {
			swapRangeOrdered(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRangeOrdered(data, m-i, m, i)
}
