// Package utf8: UTF-8 encoding and decoding (Go 1.23 API and semantics).
// Entirely Go; no natives.
//
// Decoding accepts only the shortest encoding of a valid code point (no
// surrogates, nothing above U+10FFFF). Anything else decodes as
// (RuneError, 1), so that stepping through invalid input advances one byte at
// a time, as Go's range over a string does.
package utf8

const (
	RuneError = '\uFFFD'     // the "error" rune, U+FFFD
	RuneSelf  = 0x80         // runes below this are one byte, themselves
	MaxRune   = '\U0010FFFF' // the largest valid code point
	UTFMax    = 4            // the longest encoding
)

// Surrogates are not valid code points.
const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// leading describes an encoding's first byte: its total length (0: the byte
// cannot start an encoding) and the range allowed for the second byte, which
// is narrower than 0x80..0xBF after E0, ED, F0 and F4 (these exclude overlong
// forms, surrogates, and code points above U+10FFFF).
func leading(b byte) (size int, lo, hi byte) {
	switch {
	case b < 0x80:
		return 1, 0, 0
	case b < 0xC2:
		return 0, 0, 0
	case b < 0xE0:
		return 2, 0x80, 0xBF
	case b == 0xE0:
		return 3, 0xA0, 0xBF
	case b == 0xED:
		return 3, 0x80, 0x9F
	case b < 0xF0:
		return 3, 0x80, 0xBF
	case b == 0xF0:
		return 4, 0x90, 0xBF
	case b < 0xF4:
		return 4, 0x80, 0xBF
	case b == 0xF4:
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

// decodeString decodes the first rune of s (the []byte forms convert at
// most UTFMax bytes and call it).
func decodeString(s string) (rune, int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	b0 := s[0]
	size, lo, hi := leading(b0)
	switch {
	case size == 1:
		return rune(b0), 1
	case size == 0 || n < size:
		return RuneError, 1
	}
	b1 := s[1]
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if size == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	}
	b2 := s[2]
	if b2 < 0x80 || 0xBF < b2 {
		return RuneError, 1
	}
	if size == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	b3 := s[3]
	if b3 < 0x80 || 0xBF < b3 {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// DecodeRune decodes the first rune of p: (RuneError, 0) if p is empty,
// (RuneError, 1) if the encoding is invalid.
func DecodeRune(p []byte) (r rune, size int) {
	// Only the first UTFMax bytes matter; converting them is cheap.
	if len(p) > UTFMax {
		p = p[:UTFMax]
	}
	return decodeString(string(p))
}

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) > 0 && s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	return decodeString(s)
}

// DecodeLastRune decodes the last rune of p, with DecodeRune's conventions.
func DecodeLastRune(p []byte) (r rune, size int) {
	start := len(p) - UTFMax
	if start < 0 {
		start = 0
	}
	return DecodeLastRuneInString(string(p[start:]))
}

// DecodeLastRuneInString is DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	// Back up to the nearest byte that can start an encoding, looking at no
	// more than UTFMax bytes; the rune decoded there must end exactly at the
	// end of s.
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = decodeString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// FullRune reports whether p begins with a full encoding of a rune; an
// invalid encoding counts as full, since it decodes as a width-1 error.
func FullRune(p []byte) bool {
	if len(p) > UTFMax {
		p = p[:UTFMax]
	}
	return FullRuneInString(string(p))
}

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	size, lo, hi := leading(s[0])
	if size <= 1 || n >= size {
		return true
	}
	// A short prefix is "full" as soon as one of its bytes is wrong.
	if n > 1 && (s[1] < lo || hi < s[1]) {
		return true
	}
	if n > 2 && (s[2] < 0x80 || 0xBF < s[2]) {
		return true
	}
	return false
}

// RuneLen returns the number of bytes of r's encoding, or -1 if r is not a
// valid code point.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes r's encoding (RuneError's for an invalid rune) into p,
// which must be large enough, and returns its length.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < RuneSelf {
		p[0] = byte(r)
		return 1
	}
	if RuneLen(r) < 0 {
		r = RuneError
	}
	switch {
	case r < 0x800:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case r < 0x10000:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// AppendRune appends r's encoding (RuneError's for an invalid rune) to p.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCount returns the number of runes in p, each invalid byte counting
// as one.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRune(p[i:])
		i += size
	}
	return n
}

// RuneCountInString is RuneCount for a string.
func RuneCountInString(s string) (n int) {
	for range s {
		n++
	}
	return n
}

// RuneStart reports whether b can be the first byte of an encoding (that
// is, it is not a continuation byte).
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p consists entirely of valid encodings.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString is Valid for a string.
func ValidString(s string) bool {
	for i, r := range s {
		if r == RuneError {
			// U+FFFD itself is valid; only a width-1 error is not.
			if _, size := decodeString(s[i:]); size == 1 {
				return false
			}
		}
	}
	return true
}

// ValidRune reports whether r can be encoded: a code point that is not a
// surrogate.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
