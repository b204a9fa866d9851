// Package strconv: conversions between strings and numbers, quoting
// (Go 1.23 API and messages).
//
// The conversions are natives over core/lib/strconv_impl (natives_strconv.cpp);
// this file checks arguments the way Go does (panics, NumError values):
//
//	strconv.formatInt(i int64, base int) string
//	strconv.formatUint(u uint64, base int) string
//	strconv.formatFloat(f float64, fmt byte, prec, bitSize int) string
//	strconv.parseInt(s string, base, bitSize int) (int64, int)    second result: error code
//	strconv.parseUint(s string, base, bitSize int) (uint64, int)
//	strconv.parseFloat(s string, bitSize int) (float64, int)
//	strconv.quoteWith(s string, quote byte, ascii, graphic bool) string
//	strconv.quoteRuneWith(r rune, quote byte, ascii, graphic bool) string
//	strconv.unquote(s string) (string, bool)
//	strconv.unquoteChar(s string, quote byte) (rune, bool, string, bool)
//	strconv.quotedPrefix(s string) (string, bool)
//	strconv.CanBackquote, strconv.IsPrint, strconv.IsGraphic
//
// Error codes: 0 none, 1 ErrSyntax, 2 ErrRange, 3 invalid base, 4 invalid bit size.
package strconv

import "errors"

// IntSize is the size in bits of an int.
const IntSize = 64

// ErrRange: the value is out of range for the type.
var ErrRange = errors.New("value out of range")

// ErrSyntax: the input is not valid for the type.
var ErrSyntax = errors.New("invalid syntax")

// NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason (ErrRange, ErrSyntax, ...)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// Error codes returned by the parsing natives.
const (
	codeOK = iota
	codeSyntax
	codeRange
	codeBase
	codeBitSize
)

// numError turns a native's error code into Go's *NumError (nil for codeOK).
func numError(fn, s string, code, base, bitSize int) error {
	switch code {
	case codeOK:
		return nil
	case codeSyntax:
		return &NumError{fn, s, ErrSyntax}
	case codeRange:
		return &NumError{fn, s, ErrRange}
	case codeBase:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

func formatInt(i int64, base int) string
func formatUint(u uint64, base int) string
func formatFloat(f float64, fmt byte, prec, bitSize int) string
func parseInt(s string, base, bitSize int) (int64, int)
func parseUint(s string, base, bitSize int) (uint64, int)
func parseFloat(s string, bitSize int) (float64, int)

// ParseInt interprets s in the given base (0: from the prefix, allowing
// underscores) and bit size (0: int). Out-of-range values are clamped and
// reported with ErrRange.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	v, code := parseInt(s, base, bitSize)
	return v, numError("ParseInt", s, code, base, bitSize)
}

// ParseUint is ParseInt for unsigned numbers (no sign allowed).
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code := parseUint(s, base, bitSize)
	return v, numError("ParseUint", s, code, base, bitSize)
}

// Atoi is ParseInt(s, 10, 0) converted to int.
func Atoi(s string) (int, error) {
	v, code := parseInt(s, 10, 0)
	return int(v), numError("Atoi", s, code, 10, 0)
}

// ParseFloat converts s to the nearest float of the given size (32 or 64);
// overflow gives ±Inf with ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	v, code := parseFloat(s, bitSize)
	return v, numError("ParseFloat", s, code, 10, bitSize)
}

// ParseBool accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

// FormatBool returns "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false".
func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

// FormatInt returns i in base 2..36 (lower-case letters); other bases panic.
func FormatInt(i int64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatInt(i, base)
}

// FormatUint returns u in base 2..36.
func FormatUint(u uint64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatUint(u, base)
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string {
	return formatInt(int64(i), 10)
}

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

// FormatFloat formats f with format 'b', 'e', 'E', 'f', 'g', 'G', 'x' or 'X'
// and precision prec (-1: the fewest digits that read back exactly) as a
// float of bitSize bits (32 or 64; others panic).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	return formatFloat(f, fmt, prec, bitSize)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

// FormatComplex formats c as (a+bi), each part as FormatFloat does with
// half of bitSize (64 or 128; others panic).
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// ParseComplex parses "N", "Ni" or "N±Ni", optionally in parentheses, each
// N as ParseFloat does with half of bitSize (64 means complex64).
func ParseComplex(s string, bitSize int) (complex128, error) {
	const fn = "ParseComplex"
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error // a range error reported with the (clamped) result

	// part parses the float at the start of s.
	part := func() (float64, bool) {
		n := floatPrefixLen(s)
		v, code := parseFloat(s[:n], size)
		if n == 0 || code == codeSyntax {
			return 0, false
		}
		if code == codeRange {
			pending = &NumError{fn, orig, ErrRange}
		}
		s = s[n:]
		return v, true
	}

	re, ok := part()
	if !ok {
		return 0, &NumError{fn, orig, ErrSyntax}
	}
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		// Keep the sign with the imaginary part unless it is followed by
		// another sign ("++" is a syntax error either way).
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, &NumError{fn, orig, ErrSyntax}
	default:
		return 0, &NumError{fn, orig, ErrSyntax}
	}
	im, ok := part()
	if !ok || s != "i" {
		return 0, &NumError{fn, orig, ErrSyntax}
	}
	return complex(re, im), pending
}

// floatPrefixLen returns the length of the longest prefix of s that has the
// shape of a float literal as ParseFloat reads it (sign, inf/infinity/nan,
// decimal or 0x-hexadecimal mantissa with '_', exponent), or 0.
func floatPrefixLen(s string) int {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	lowerAt := func(k int) byte { return s[k] | ('x' - 'X') }
	matchWord := func(w string) bool {
		if len(s)-i < len(w) {
			return false
		}
		for k := 0; k < len(w); k++ {
			if lowerAt(i+k) != w[k] {
				return false
			}
		}
		return true
	}
	if matchWord("infinity") {
		return i + 8
	}
	if matchWord("inf") {
		return i + 3
	}
	if i == 0 && matchWord("nan") {
		return 3
	}
	base16 := false
	if i+2 < len(s) && s[i] == '0' && lowerAt(i+1) == 'x' {
		base16 = true
		i += 2
	}
	sawDot, sawDigits := false, false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			continue
		}
		if c == '.' {
			if sawDot {
				break
			}
			sawDot = true
			continue
		}
		if '0' <= c && c <= '9' || base16 && 'a' <= lowerAt(i) && lowerAt(i) <= 'f' {
			sawDigits = true
			continue
		}
		break
	}
	if !sawDigits {
		return 0
	}
	expChar := byte('e')
	if base16 {
		expChar = 'p'
	}
	if i < len(s) && lowerAt(i) == expChar {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return 0
		}
		for i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_') {
			i++
		}
	} else if base16 {
		return 0
	}
	return i
}
