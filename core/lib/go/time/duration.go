package time

import "errors"

// A Duration is an elapsed time in nanoseconds; the largest is about 290
// years.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations. Multiply to get others: 10 * time.Second.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String formats d as Go does: "72h3m0.5s", "1.5µs", "0s". Below one second
// a single unit (ns, µs, ms) carries a fraction; from one second on the
// hours and minutes are integers and only the seconds have a fraction.
// Trailing zeros of a fraction are dropped.
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	// The magnitude as unsigned: -1<<63 has no positive int64 counterpart.
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	var b []byte
	switch {
	case u < uint64(Microsecond):
		b = appendUint(b, u)
		b = append(b, "ns"...)
	case u < uint64(Millisecond):
		b = appendFraction(b, u, 3)
		b = append(b, "µs"...)
	case u < uint64(Second):
		b = appendFraction(b, u, 6)
		b = append(b, "ms"...)
	default:
		secs := u / 1e9
		mins := secs / 60
		hours := mins / 60
		if hours > 0 {
			b = appendUint(b, hours)
			b = append(b, 'h')
		}
		if mins > 0 {
			b = appendUint(b, mins%60)
			b = append(b, 'm')
		}
		b = appendFraction(b, (secs%60)*1e9+u%1e9, 9)
		b = append(b, 's')
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

// appendFraction appends v / 10^prec with its fraction, without trailing
// zeros (and without the dot when the fraction is zero).
func appendFraction(b []byte, v uint64, prec int) []byte {
	var frac [9]byte
	n := 0
	printing := false
	for i := 0; i < prec; i++ {
		digit := byte(v % 10)
		v /= 10
		printing = printing || digit != 0
		if printing {
			frac[prec-1-i] = '0' + digit
			n++
		}
	}
	b = appendUint(b, v)
	if n > 0 {
		b = append(b, '.')
		b = append(b, frac[:n]...)
	}
	return b
}

func appendUint(b []byte, v uint64) []byte {
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(b, digits[i:]...)
}

// Nanoseconds returns d as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns d as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns d as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds, Minutes and Hours split d into whole units and a remainder
// before converting, so that large durations keep their precision (and
// the results match Go's bit for bit).

// Seconds returns d as a floating-point number of seconds.
func (d Duration) Seconds() float64 {
	whole := d / Second
	rest := d % Second
	return float64(whole) + float64(rest)/1e9
}

// Minutes returns d as a floating-point number of minutes.
func (d Duration) Minutes() float64 {
	whole := d / Minute
	rest := d % Minute
	return float64(whole) + float64(rest)/(60*1e9)
}

// Hours returns d as a floating-point number of hours.
func (d Duration) Hours() float64 {
	whole := d / Hour
	rest := d % Hour
	return float64(whole) + float64(rest)/(60*60*1e9)
}

// Truncate rounds d toward zero to a multiple of m (m <= 0: d unchanged).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round rounds d to the nearest multiple of m, halfway values away from
// zero; results that do not fit saturate at the extreme Durations.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if down := d - m + r; down < d {
			return down
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if up := d + m - r; up > d {
		return up
	}
	return maxDuration
}

// lessThanHalf reports whether x+x < y without overflowing (x, y >= 0).
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Abs returns |d|; the most negative Duration maps to the most positive.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// unitNanos maps ParseDuration's unit suffixes to nanoseconds.
var unitNanos = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 micro sign
	"μs": uint64(Microsecond), // U+03BC Greek mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// ParseDuration parses a signed sequence of decimal numbers, each with an
// optional fraction and a unit: "300ms", "-1.5h", "2h45m".
//
//	duration = [ "+" | "-" ] ( "0" | { number unit } )
//	number   = digits [ "." [ digits ] ] | "." digits
//	unit     = "ns" | "us" | "µs" | "μs" | "ms" | "s" | "m" | "h"
func ParseDuration(s string) (Duration, error) {
	orig := s
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errInvalidDuration(orig)
	}
	var total uint64 // the magnitude; may reach 1<<63 for a negative result
	for s != "" {
		if s[0] != '.' && !isDigitByte(s[0]) {
			return 0, errInvalidDuration(orig)
		}
		// The integer part.
		start := len(s)
		whole, rest, ok := leadingUint(s)
		if !ok {
			return 0, errInvalidDuration(orig)
		}
		s = rest
		hadWhole := len(s) != start
		// The fraction: digits beyond what fits in a uint64 are dropped,
		// since they cannot change the nanosecond result.
		var frac uint64
		scale := 1.0
		hadFrac := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			i := 0
			overflowed := false
			for ; i < len(s) && isDigitByte(s[i]); i++ {
				if overflowed {
					continue
				}
				if frac > (1<<63-1)/10 {
					overflowed = true
					continue
				}
				next := frac*10 + uint64(s[i]-'0')
				if next > 1<<63 {
					overflowed = true
					continue
				}
				frac = next
				scale *= 10
			}
			hadFrac = i > 0
			s = s[i:]
		}
		if !hadWhole && !hadFrac {
			return 0, errInvalidDuration(orig)
		}
		// The unit runs up to the next digit or dot.
		i := 0
		for i < len(s) && s[i] != '.' && !isDigitByte(s[i]) {
			i++
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		unitName := s[:i]
		s = s[i:]
		unit, known := unitNanos[unitName]
		if !known {
			return 0, errors.New("time: unknown unit " + quote(unitName) + " in duration " + quote(orig))
		}
		if whole > (1<<63)/unit {
			return 0, errInvalidDuration(orig)
		}
		v := whole * unit
		if frac > 0 {
			v += uint64(float64(frac) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, errInvalidDuration(orig)
			}
		}
		total += v
		if total > 1<<63 {
			return 0, errInvalidDuration(orig)
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, errInvalidDuration(orig)
	}
	return Duration(total), nil
}

func errInvalidDuration(s string) error {
	return errors.New("time: invalid duration " + quote(s))
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// leadingUint consumes the leading decimal digits of s; ok is false when
// the number does not fit in 63 bits.
func leadingUint(s string) (v uint64, rest string, ok bool) {
	i := 0
	for ; i < len(s) && isDigitByte(s[i]); i++ {
		if v > 1<<63/10 {
			return 0, s, false
		}
		v = v*10 + uint64(s[i]-'0')
		if v > 1<<63 {
			return 0, s, false
		}
	}
	return v, s[i:], true
}

// quote quotes s for the time package's error messages: like strconv.Quote
// for printable ASCII, with every other byte written as \xNN.
func quote(s string) string {
	const hexDigits = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < ' ' || c >= 0x80:
			b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&0xf])
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	b = append(b, '"')
	return string(b)
}
