// Package slices: generic slice functions (Go 1.23 API).
//
// Entirely Go; no natives. The sorting algorithms (zsort*.go) are Go's own,
// step for step, since programs can observe them (see zsortfunc.go).
//
// Go's Insert and Replace compare addresses (unsafe) to detect when the
// inserted values alias the slice being shifted; we avoid unsafe by always
// taking a path that is correct when they alias (copying the new values out
// of the way first), which produces the same result.
package slices

import "cmp"

// Equal reports whether both slices have the same length and equal elements
// (NaNs are never equal; a nil and an empty slice are equal).
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc is Equal with a caller-supplied element comparison.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v1 := range s1 {
		if !eq(v1, s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares the slices lexicographically with cmp.Compare.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return 1
		}
		if c := cmp.Compare(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// CompareFunc is Compare with a caller-supplied element comparison.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return 1
		}
		if c := cmp(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// Index returns the index of the first element equal to v, or -1.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index of the first element satisfying f, or -1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) >= 0
}

func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Insert inserts v... at index i (0 <= i <= len(s), else it panics with the
// slice-bounds error) and returns the result; s[i:] moves up.
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // the bounds check Go reports

	m := len(v)
	if m == 0 {
		return s
	}
	n := len(s)
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
		// A new array; append (not make) so the capacity is rounded up to
		// the allocator's size class, as Go's does.
		s2 := append(s[:i], make(S, n+m-i)...)
		copy(s2[i:], v)
		copy(s2[i+m:], s[i:])
		return s2
	}
	// In place: write v into the free tail first (v may alias s), then
	// rotate it into position.
	s = s[:n+m]
	copy(s[n:], v)
	rotateRight(s[i:], m)
	return s
}

// Delete removes s[i:j] and zeroes the vacated tail elements; it panics if
// s[i:j] is not a valid slice of s.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // the bounds check Go reports

	if i == j {
		return s
	}
	oldlen := len(s)
	s = append(s[:i], s[j:]...)
	clear(s[len(s):oldlen])
	return s
}

// DeleteFunc removes every element for which del is true, zeroing the
// vacated tail.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	i := IndexFunc(s, del)
	if i == -1 {
		return s
	}
	for j := i + 1; j < len(s); j++ {
		if v := s[j]; !del(v) {
			s[i] = v
			i++
		}
	}
	clear(s[i:])
	return s[:i]
}

// Replace replaces s[i:j] by v... and returns the result, zeroing elements
// between the new and the old length when it shrinks.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j] // the bounds check Go reports

	if i == j {
		return Insert(s, i, v...)
	}
	if j == len(s) {
		s2 := append(s[:i], v...)
		if len(s2) < len(s) {
			clear(s[len(s2):])
		}
		return s2
	}

	tot := len(s[:i]) + len(v) + len(s[j:])
	if tot > cap(s) {
		s2 := append(s[:i], make(S, tot-i)...)
		copy(s2[i:], v)
		copy(s2[i+len(v):], s[j:])
		return s2
	}

	r := s[:tot]
	if i+len(v) <= j {
		// v fits in the removed part: copy it, then move the tail down.
		copy(r[i:], v)
		copy(r[i+len(v):], s[j:])
		clear(s[tot:])
		return r
	}
	// Growing in place: v may alias the part about to move, so take a copy
	// of it first.
	v = append([]E(nil), v...)
	copy(r[i+len(v):], s[j:])
	copy(r[i:], v)
	return r
}

// Clone returns a shallow copy; nil stays nil.
func Clone[S ~[]E, E any](s S) S {
	return append(s[:0:0], s...)
}

// Compact replaces runs of equal consecutive elements by one copy, zeroing
// the vacated tail.
func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	for k := 1; k < len(s); k++ {
		if s[k] == s[k-1] {
			rest := s[k:]
			for k2 := 1; k2 < len(rest); k2++ {
				if rest[k2] != rest[k2-1] {
					s[k] = rest[k2]
					k++
				}
			}
			clear(s[k:])
			return s[:k]
		}
	}
	return s
}

// CompactFunc is Compact with eq deciding equality; it keeps the first of a run.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	for k := 1; k < len(s); k++ {
		if eq(s[k], s[k-1]) {
			rest := s[k:]
			for k2 := 1; k2 < len(rest); k2++ {
				if !eq(rest[k2], rest[k2-1]) {
					s[k] = rest[k2]
					k++
				}
			}
			clear(s[k:])
			return s[:k]
		}
	}
	return s
}

// Grow makes room for n more elements without reallocation.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

// Clip drops the unused capacity.
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// rotateRight rotates s right by r places (three reversals).
func rotateRight[E any](s []E, r int) {
	l := len(s) - r
	Reverse(s[:l])
	Reverse(s[l:])
	Reverse(s)
}

// Reverse reverses s in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Concat returns a new slice holding all the slices' elements in order.
func Concat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	out := Grow[S](nil, size)
	for _, s := range slices {
		out = append(out, s...)
	}
	return out
}

// Repeat returns x repeated count times (never nil); len and cap are
// len(x)*count.
func Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	const maxInt = int(^uint(0) >> 1)
	if len(x) > 0 && count > maxInt/len(x) {
		panic("the result of (len(x) * count) overflows")
	}
	out := make(S, len(x)*count)
	n := copy(out, x)
	for n < len(out) {
		n += copy(out[n:], out[:n])
	}
	return out
}
