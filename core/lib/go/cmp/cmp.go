// Package cmp: comparison helpers for ordered types (Go 1.23 API).
// Entirely Go; no natives.
package cmp

// Ordered is satisfied by every type that supports < <= >= >.
// Floating-point NaNs are ordered before every other value by Less and
// Compare, and equal to each other.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less reports x < y, with NaN less than any non-NaN.
func Less[T Ordered](x, y T) bool {
	if x < y {
		return true
	}
	return isNaN(x) && !isNaN(y)
}

// Compare returns -1, 0 or +1; NaNs compare equal to each other and below
// everything else, and -0.0 equals 0.0.
func Compare[T Ordered](x, y T) int {
	xNaN, yNaN := isNaN(x), isNaN(y)
	switch {
	case xNaN && yNaN:
		return 0
	case xNaN:
		return -1
	case yNaN:
		return 1
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// isNaN is only ever true for a floating-point NaN (x != x is false for
// every other ordered value).
func isNaN[T Ordered](x T) bool {
	return x != x
}

// Or returns the first argument that is not the zero value, or the zero value.
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
