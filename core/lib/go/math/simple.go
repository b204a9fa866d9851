package math

const (
	signMask = 1 << 63
	uvnan    = 0x7FF8000000000001 // the NaN that NaN() returns
	uvinf    = 0x7FF0000000000000
	uvneginf = 0xFFF0000000000000
)

// Float64bits returns the IEEE 754 bits of f.
func Float64bits(f float64) uint64

// Float64frombits returns the float64 with the IEEE 754 bits b.
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 bits of f.
func Float32bits(f float32) uint32

// Float32frombits returns the float32 with the IEEE 754 bits b.
func Float32frombits(b uint32) float32

// Abs returns |x|: the sign bit cleared, also for -0 and NaN.
func Abs(x float64) float64 {
	if x > 0 {
		return x
	}
	if x < 0 {
		return -x
	}
	return Float64frombits(Float64bits(x) &^ signMask)
}

// Copysign returns f with the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool {
	return Float64bits(x)&signMask != 0
}

// Inf returns +Inf if sign >= 0, -Inf otherwise.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(uvinf)
	}
	return Float64frombits(uvneginf)
}

// NaN returns an IEEE 754 "not-a-number" value.
func NaN() float64 { return Float64frombits(uvnan) }

// IsNaN reports whether f is a NaN.
func IsNaN(f float64) (is bool) {
	return f != f
}

// IsInf reports whether f is +Inf (sign > 0), -Inf (sign < 0) or either
// (sign == 0).
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Max returns the larger of x and y: +Inf if either is +Inf, else NaN if
// either is NaN; Max(-0, +0) is +0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x and y: -Inf if either is -Inf, else NaN if
// either is NaN; Min(-0, +0) is -0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

// Dim returns max(x-y, 0); NaN stays NaN (the subtraction makes it).
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}
