// Package unicode: Unicode 15.0.0 character properties (Go 1.23 API).
//
// The property data lives in C++ (core/lib/unicode_tables.*), so these
// functions are natives (see natives_unicode.cpp):
//
//	IsLetter IsDigit IsNumber IsSpace IsUpper IsLower IsTitle IsPunct
//	IsSymbol IsMark IsGraphic IsPrint IsControl ToUpper ToLower ToTitle
//	SimpleFold, and unicode.inNamedTable(name string, r rune) bool.
//
// The predefined RangeTables (Latin, Lu, Letter, ...) are opaque: they carry
// only their name, and Is looks the name up natively. A RangeTable that a
// program builds itself (R16/R32 filled in) is searched here in Go.
// Only the categories, the scripts and White_Space are provided; the other
// properties tables (Hyphen, Dash, ...) and the Fold* tables are not.
package unicode

const (
	MaxRune         = '\U0010FFFF' // the largest valid code point
	ReplacementChar = '\uFFFD'     // stands for an invalid code point
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

// Version is the Unicode edition the tables describe.
const Version = "15.0.0"

// RangeTable is a set of code points as sorted, non-overlapping ranges.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int    // number of R16 entries with Hi <= MaxLatin1
	name        string // a predefined table: its data is native
}

// Range16 is the range Lo..Hi (inclusive) stepping by Stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is Range16 for code points that need more than 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange maps the code points Lo..Hi by adding Delta[case]; a delta of
// UpperLower means the range alternates upper and lower case letters.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase holds language-specific case mappings that override the
// standard ones (TurkishCase).
type SpecialCase []CaseRange

// Indices into a CaseRange's Delta.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

type d [MaxCase]rune

// UpperLower as a delta marks an alternating Upper/Lower sequence.
const UpperLower = MaxRune + 1

// Is reports whether r is in the table.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.name != "" {
		return inNamedTable(rangeTab.name, r)
	}
	r16 := rangeTab.R16
	// uint32 comparisons keep negative runes out.
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		x := uint16(r)
		for _, rg := range r16 {
			if x < rg.Lo {
				return false
			}
			if x <= rg.Hi {
				return rg.Stride == 1 || (x-rg.Lo)%rg.Stride == 0
			}
		}
		return false
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		x := uint32(r)
		for _, rg := range r32 {
			if x < rg.Lo {
				return false
			}
			if x <= rg.Hi {
				return rg.Stride == 1 || (x-rg.Lo)%rg.Stride == 0
			}
		}
	}
	return false
}

// In reports whether r is in any of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether r is in any of the tables (In is preferred).
func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

func inNamedTable(name string, r rune) bool

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsSpace(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsPunct(r rune) bool
func IsSymbol(r rune) bool
func IsMark(r rune) bool
func IsGraphic(r rune) bool
func IsPrint(r rune) bool
func IsControl(r rune) bool

func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune

// SimpleFold returns the next rune after r (wrapping around) in r's class of
// case-equivalent runes, or r itself when it has no other case.
func SimpleFold(r rune) rune

// To maps r to UpperCase, LowerCase or TitleCase; any other case gives
// ReplacementChar.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// to applies the special mapping of caseRange, reporting whether it had one.
func to(_case int, r rune, caseRange []CaseRange) (rune, bool) {
	lo, hi := 0, len(caseRange)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		cr := caseRange[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// Alternating sequence starting with an upper case letter:
				// even offsets are upper (and title), odd ones lower.
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// ToUpper maps r to upper case, preferring the special mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, had := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !had {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps r to title case, preferring the special mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, had := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !had {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps r to lower case, preferring the special mapping.
func (special SpecialCase) ToLower(r rune) rune {
	r1, had := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !had {
		r1 = ToLower(r)
	}
	return r1
}

// TurkishCase (and AzeriCase) map dotted and dotless i: i <-> İ, ı <-> I.
var TurkishCase SpecialCase = turkishCase

var AzeriCase SpecialCase = turkishCase

var turkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}
