package time

import "errors"

// Layouts for Format and Parse. A layout shows how the reference time,
// Mon Jan 2 15:04:05 MST 2006 (Unix 1136239445), would be written.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
	DateTime   = "2006-01-02 15:04:05"
	DateOnly   = "2006-01-02"
	TimeOnly   = "15:04:05"
)

// The elements of the layout language.
const (
	stdNone                  = iota
	stdLongMonth             // "January"
	stdMonth                 // "Jan"
	stdNumMonth              // "1"
	stdZeroMonth             // "01"
	stdLongWeekDay           // "Monday"
	stdWeekDay               // "Mon"
	stdDay                   // "2"
	stdUnderDay              // "_2"
	stdZeroDay               // "02"
	stdUnderYearDay          // "__2"
	stdZeroYearDay           // "002"
	stdHour                  // "15"
	stdHour12                // "3"
	stdZeroHour12            // "03"
	stdMinute                // "4"
	stdZeroMinute            // "04"
	stdSecond                // "5"
	stdZeroSecond            // "05"
	stdLongYear              // "2006"
	stdYear                  // "06"
	stdPM                    // "PM"
	stdpm                    // "pm"
	stdTZ                    // "MST"
	stdISO8601TZ             // "Z0700"
	stdISO8601SecondsTZ      // "Z070000"
	stdISO8601ShortTZ        // "Z07"
	stdISO8601ColonTZ        // "Z07:00"
	stdISO8601ColonSecondsTZ // "Z07:00:00"
	stdNumTZ                 // "-0700"
	stdNumSecondsTz          // "-070000"
	stdNumShortTZ            // "-07"
	stdNumColonTZ            // "-07:00"
	stdNumColonSecondsTZ     // "-07:00:00"
	stdFracSecond0           // ".000": exactly this many digits
	stdFracSecond9           // ".999": up to this many, trailing zeros dropped
)

// A layout element: its kind, and for fractional seconds the digit count
// and the separator ('.' or ',').
type stdElem struct {
	kind   int
	digits int
	sep    byte
}

// Fixed-text elements, longest first where one is a prefix of another.
var stdWords = []struct {
	text string
	kind int
}{
	{"January", stdLongMonth},
	{"Monday", stdLongWeekDay},
	{"MST", stdTZ},
	{"2006", stdLongYear},
	{"Z070000", stdISO8601SecondsTZ},
	{"Z07:00:00", stdISO8601ColonSecondsTZ},
	{"Z0700", stdISO8601TZ},
	{"Z07:00", stdISO8601ColonTZ},
	{"Z07", stdISO8601ShortTZ},
	{"-070000", stdNumSecondsTz},
	{"-07:00:00", stdNumColonSecondsTZ},
	{"-0700", stdNumTZ},
	{"-07:00", stdNumColonTZ},
	{"-07", stdNumShortTZ},
	{"PM", stdPM},
	{"pm", stdpm},
	{"002", stdZeroYearDay},
	{"__2", stdUnderYearDay},
	{"01", stdZeroMonth},
	{"02", stdZeroDay},
	{"03", stdZeroHour12},
	{"04", stdZeroMinute},
	{"05", stdZeroSecond},
	{"06", stdYear},
	{"15", stdHour},
	{"_2", stdUnderDay},
	{"1", stdNumMonth},
	{"2", stdDay},
	{"3", stdHour12},
	{"4", stdMinute},
	{"5", stdSecond},
}

func startsWithLower(s string) bool {
	return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z'
}

func hasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// elemAt recognizes a layout element at the start of s; n is its length
// (0: none).
func elemAt(s string) (e stdElem, n int) {
	if s == "" {
		return stdElem{}, 0
	}
	switch c := s[0]; {
	case c == 'J':
		// "Jan" only when not followed by a lower-case letter ("Janet").
		if hasPrefix(s, "January") {
			return stdElem{kind: stdLongMonth}, 7
		}
		if hasPrefix(s, "Jan") && !startsWithLower(s[3:]) {
			return stdElem{kind: stdMonth}, 3
		}
		return stdElem{}, 0
	case c == 'M':
		if hasPrefix(s, "Monday") {
			return stdElem{kind: stdLongWeekDay}, 6
		}
		if hasPrefix(s, "Mon") && !startsWithLower(s[3:]) {
			return stdElem{kind: stdWeekDay}, 3
		}
		if hasPrefix(s, "MST") {
			return stdElem{kind: stdTZ}, 3
		}
		return stdElem{}, 0
	case c == '_':
		// "_2006" is a literal underscore before the year.
		if hasPrefix(s, "_2") && !hasPrefix(s, "_2006") {
			return stdElem{kind: stdUnderDay}, 2
		}
		if hasPrefix(s, "__2") {
			return stdElem{kind: stdUnderYearDay}, 3
		}
		return stdElem{}, 0
	case c == '.' || c == ',':
		// A run of 0s or 9s not followed by another digit.
		if len(s) >= 2 && (s[1] == '0' || s[1] == '9') {
			j := 1
			for j < len(s) && s[j] == s[1] {
				j++
			}
			if j == len(s) || !isDigitByte(s[j]) {
				kind := stdFracSecond0
				if s[1] == '9' {
					kind = stdFracSecond9
				}
				return stdElem{kind: kind, digits: j - 1, sep: c}, j
			}
		}
		return stdElem{}, 0
	}
	for _, w := range stdWords {
		if w.kind == stdLongMonth || w.kind == stdLongWeekDay || w.kind == stdTZ || w.kind == stdUnderDay || w.kind == stdUnderYearDay {
			continue // handled above
		}
		if hasPrefix(s, w.text) {
			return stdElem{kind: w.kind}, len(w.text)
		}
	}
	return stdElem{}, 0
}

// nextElem splits layout into the literal text before its first element,
// the element, and the rest.
func nextElem(layout string) (prefix string, e stdElem, elemText string, suffix string) {
	for i := 0; i < len(layout); i++ {
		if e, n := elemAt(layout[i:]); n > 0 {
			return layout[:i], e, layout[i : i+n], layout[i+n:]
		}
	}
	return layout, stdElem{}, "", ""
}

// appendInt appends x in decimal, zero-padded to width digits (after the
// sign).
func appendInt(b []byte, x int, width int) []byte {
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = -u
	}
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	for pad := width - (len(digits) - i); pad > 0; pad-- {
		b = append(b, '0')
	}
	return append(b, digits[i:]...)
}

func appendPadded(b []byte, x int, width int) []byte { return appendInt(b, x, width) }

// appendFrac appends the fractional seconds element e for nsec.
func appendFrac(b []byte, nsec int, e stdElem) []byte {
	trim := e.kind == stdFracSecond9
	if trim && nsec == 0 {
		return b
	}
	start := len(b)
	b = append(b, e.sep)
	b = appendInt(b, nsec, 9)
	if e.digits < 9 {
		b = b[:len(b)-9+e.digits]
	}
	if trim {
		for len(b) > start+1 && b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
		if len(b) == start+1 {
			b = b[:start]
		}
	}
	return b
}

// Format returns t written in layout (see the layout constants).
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat is Format appending to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	_, zoneName, offset := t.localSec()
	days, secOfDay := t.localDays()
	y64, m, day := civilFromDays(days)
	year := int(y64)
	month := Month(m)
	hour := secOfDay / secondsPerHour
	min := secOfDay % secondsPerHour / secondsPerMinute
	sec := secOfDay % secondsPerMinute
	nsec := int(t.nsec())
	for layout != "" {
		prefix, e, _, suffix := nextElem(layout)
		b = append(b, prefix...)
		if e.kind == stdNone {
			break
		}
		layout = suffix
		switch e.kind {
		case stdYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, month.String()[:3]...)
		case stdLongMonth:
			b = append(b, month.String()...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, shortDayNames[Weekday(floorMod(days+4, 7))]...)
		case stdLongWeekDay:
			b = append(b, longDayNames[Weekday(floorMod(days+4, 7))]...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdUnderYearDay, stdZeroYearDay:
			yday := int(days-daysFromCivil(y64, 1, 1)) + 1
			if e.kind == stdZeroYearDay {
				b = appendInt(b, yday, 3)
				break
			}
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12, stdZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			width := 0
			if e.kind == stdZeroHour12 {
				width = 2
			}
			b = appendInt(b, h, width)
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdPM, stdpm:
			s := "AM"
			if hour >= 12 {
				s = "PM"
			}
			if e.kind == stdpm {
				s = "am"
				if hour >= 12 {
					s = "pm"
				}
			}
			b = append(b, s...)
		case stdISO8601TZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonTZ, stdISO8601ColonSecondsTZ,
			stdNumTZ, stdNumSecondsTz, stdNumShortTZ, stdNumColonTZ, stdNumColonSecondsTZ:
			b = appendOffset(b, offset, e.kind)
		case stdTZ:
			if zoneName != "" {
				b = append(b, zoneName...)
				break
			}
			// A zone without a name prints as -0700.
			b = appendOffset(b, offset, stdNumTZ)
		case stdFracSecond0, stdFracSecond9:
			b = appendFrac(b, nsec, e)
		}
	}
	return b
}

// appendOffset writes a numeric zone offset in one of the -07/Z07 forms;
// the ISO 8601 ones write "Z" for UTC.
func appendOffset(b []byte, offset int, kind int) []byte {
	iso := kind == stdISO8601TZ || kind == stdISO8601SecondsTZ || kind == stdISO8601ShortTZ ||
		kind == stdISO8601ColonTZ || kind == stdISO8601ColonSecondsTZ
	if iso && offset == 0 {
		return append(b, 'Z')
	}
	colon := kind == stdISO8601ColonTZ || kind == stdISO8601ColonSecondsTZ || kind == stdNumColonTZ || kind == stdNumColonSecondsTZ
	withSeconds := kind == stdISO8601SecondsTZ || kind == stdISO8601ColonSecondsTZ || kind == stdNumSecondsTz || kind == stdNumColonSecondsTZ
	short := kind == stdISO8601ShortTZ || kind == stdNumShortTZ
	if offset < 0 {
		b = append(b, '-')
		offset = -offset
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, offset/3600, 2)
	if !short {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, offset/60%60, 2)
	}
	if withSeconds {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, offset%60, 2)
	}
	return b
}

// ----------------------------------------------------------------- Parse

// ParseError describes a failed Parse.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns Go's text: `parsing time "v" as "layout": cannot parse
// "rest" as "elem"`, or `parsing time "v"` followed by Message.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
			": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

var errBad = errors.New("bad value for field")

// skipLiteral consumes the layout's literal text prefix from value; a space
// in the layout matches any run of spaces (at least one) in the value.
func skipLiteral(value, prefix string) (string, bool) {
	for prefix != "" {
		if prefix[0] == ' ' {
			if value != "" && value[0] != ' ' {
				return value, false
			}
			prefix = trimSpaces(prefix)
			value = trimSpaces(value)
			continue
		}
		if value == "" || value[0] != prefix[0] {
			return value, false
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, true
}

func trimSpaces(s string) string {
	for s != "" && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// getNum reads a one- or two-digit number (exactly two when fixed).
func getNum(s string, fixed bool) (int, string, bool) {
	if s == "" || !isDigitByte(s[0]) {
		return 0, s, false
	}
	if len(s) < 2 || !isDigitByte(s[1]) {
		if fixed {
			return 0, s, false
		}
		return int(s[0] - '0'), s[1:], true
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], true
}

// getNum3 reads a one- to three-digit number (exactly three when fixed).
func getNum3(s string, fixed bool) (int, string, bool) {
	n, i := 0, 0
	for ; i < 3 && i < len(s) && isDigitByte(s[i]); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, false
	}
	return n, s[i:], true
}

// atoi parses an optionally signed decimal integer that is all of s.
func atoi(s string) (int, bool) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	v, rest, ok := leadingUint(s)
	if !ok || rest != "" || s == "" {
		return 0, false
	}
	if neg {
		return -int(v), true
	}
	return int(v), true
}

// lookupName matches one of names at the start of s, ignoring ASCII case.
func lookupName(names []string, s string) (int, string, bool) {
	for i, name := range names {
		if len(s) >= len(name) && equalFold(s[:len(name)], name) {
			return i, s[len(name):], true
		}
	}
	return -1, s, false
}

func equalFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// parseFraction reads the separator and n-1 digits at the start of s as
// nanoseconds.
func parseFraction(s string, n int) (int, bool) {
	if s == "" || (s[0] != '.' && s[0] != ',') {
		return 0, false
	}
	if n > 10 {
		n = 10 // digits past nanoseconds are ignored
	}
	ns, ok := atoi(s[1:n])
	if !ok || ns < 0 {
		return 0, false
	}
	for i := n; i < 10; i++ {
		ns *= 10
	}
	return ns, true
}

// zoneAbbrevLen returns the length of a zone abbreviation at the start of
// s: 3 upper-case letters, 4 or 5 ending in T (and a few known ones), GMT
// with an optional signed hour offset, or a bare signed offset.
func zoneAbbrevLen(s string) int {
	if len(s) < 3 {
		return 0
	}
	if hasPrefix(s, "ChST") || hasPrefix(s, "MeST") {
		return 4
	}
	if hasPrefix(s, "GMT") {
		return 3 + signedHoursLen(s[3:])
	}
	if s[0] == '+' || s[0] == '-' {
		return signedHoursLen(s)
	}
	upper := 0
	for upper < len(s) && upper < 6 && 'A' <= s[upper] && s[upper] <= 'Z' {
		upper++
	}
	switch upper {
	case 3:
		return 3
	case 4:
		if s[3] == 'T' || hasPrefix(s, "WITA") {
			return 4
		}
	case 5:
		if s[4] == 'T' {
			return 5
		}
	}
	return 0
}

// signedHoursLen returns the length of "+h"/"-hh" (-23..23) at the start
// of s, or 0.
func signedHoursLen(s string) int {
	if len(s) < 2 || (s[0] != '+' && s[0] != '-') {
		return 0
	}
	v, rest, ok := leadingUint(s[1:])
	if !ok || len(rest) == len(s)-1 || v > 23 {
		return 0
	}
	return len(s) - len(rest)
}

// Parse parses value written in layout. Without zone information in
// value the result is in UTC.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is Parse with loc for values without zone information
// (and for interpreting zone abbreviations).
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

func parse(layout, value string, defaultLoc, local *Location) (Time, error) {
	alayout, avalue := layout, value
	rangeErr := ""
	amSet, pmSet := false, false
	year := 0
	month, day, yday := -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	var z *Location
	zoneOffset := -1
	zoneName := ""

	for {
		prefix, e, elemText, suffix := nextElem(layout)
		var ok bool
		value, ok = skipLiteral(value, prefix)
		if !ok {
			return Time{}, &ParseError{alayout, avalue, prefix, value, ""}
		}
		if e.kind == stdNone {
			if value != "" {
				return Time{}, &ParseError{alayout, avalue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = suffix
		hold := value
		ok = true
		switch e.kind {
		case stdYear:
			if len(value) < 2 {
				ok = false
				break
			}
			year, ok = atoi(value[:2])
			if !ok {
				break
			}
			value = value[2:]
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case stdLongYear:
			if len(value) < 4 || !isDigitByte(value[0]) {
				ok = false
				break
			}
			year, ok = atoi(value[:4])
			value = value[4:]
		case stdMonth:
			month, value, ok = lookupName(shortMonthNames, value)
			month++
		case stdLongMonth:
			month, value, ok = lookupName(longMonthNames, value)
			month++
		case stdNumMonth, stdZeroMonth:
			month, value, ok = getNum(value, e.kind == stdZeroMonth)
			if ok && (month <= 0 || 12 < month) {
				rangeErr = "month"
			}
		case stdWeekDay:
			_, value, ok = lookupName(shortDayNames, value)
		case stdLongWeekDay:
			_, value, ok = lookupName(longDayNames, value)
		case stdDay, stdUnderDay, stdZeroDay:
			if e.kind == stdUnderDay && value != "" && value[0] == ' ' {
				value = value[1:]
			}
			// Any one- or two-digit day; checked against the month at the end.
			day, value, ok = getNum(value, e.kind == stdZeroDay)
		case stdUnderYearDay, stdZeroYearDay:
			for i := 0; i < 2; i++ {
				if e.kind == stdUnderYearDay && value != "" && value[0] == ' ' {
					value = value[1:]
				}
			}
			yday, value, ok = getNum3(value, e.kind == stdZeroYearDay)
		case stdHour:
			hour, value, ok = getNum(value, false)
			if hour < 0 || 24 <= hour {
				rangeErr = "hour"
			}
		case stdHour12, stdZeroHour12:
			hour, value, ok = getNum(value, e.kind == stdZeroHour12)
			if hour < 0 || 12 < hour {
				rangeErr = "hour"
			}
		case stdMinute, stdZeroMinute:
			min, value, ok = getNum(value, e.kind == stdZeroMinute)
			if min < 0 || 60 <= min {
				rangeErr = "minute"
			}
		case stdSecond, stdZeroSecond:
			sec, value, ok = getNum(value, e.kind == stdZeroSecond)
			if !ok {
				break
			}
			if sec < 0 || 60 <= sec {
				rangeErr = "second"
				break
			}
			// A fraction in the value that the layout does not mention is
			// accepted after the seconds.
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigitByte(value[1]) {
				_, next, _, _ := nextElem(layout)
				if next.kind == stdFracSecond0 || next.kind == stdFracSecond9 {
					break
				}
				n := 2
				for n < len(value) && isDigitByte(value[n]) {
					n++
				}
				nsec, ok = parseFraction(value, n)
				value = value[n:]
			}
		case stdPM, stdpm:
			if len(value) < 2 {
				ok = false
				break
			}
			p := value[:2]
			value = value[2:]
			pm, am := "PM", "AM"
			if e.kind == stdpm {
				pm, am = "pm", "am"
			}
			switch p {
			case pm:
				pmSet = true
			case am:
				amSet = true
			default:
				ok = false
			}
		case stdISO8601TZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonTZ, stdISO8601ColonSecondsTZ,
			stdNumTZ, stdNumSecondsTz, stdNumShortTZ, stdNumColonTZ, stdNumColonSecondsTZ:
			iso := e.kind == stdISO8601TZ || e.kind == stdISO8601SecondsTZ || e.kind == stdISO8601ShortTZ ||
				e.kind == stdISO8601ColonTZ || e.kind == stdISO8601ColonSecondsTZ
			if iso && value != "" && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			zoneOffset, value, ok, rangeErr = parseOffset(value, e.kind)
		case stdTZ:
			if hasPrefix(value, "UTC") {
				z = UTC
				value = value[3:]
				break
			}
			n := zoneAbbrevLen(value)
			if n == 0 {
				ok = false
				break
			}
			zoneName, value = value[:n], value[n:]
		case stdFracSecond0:
			n := 1 + e.digits
			if len(value) < n {
				ok = false
				break
			}
			nsec, ok = parseFraction(value, n)
			value = value[n:]
		case stdFracSecond9:
			if len(value) < 2 || (value[0] != '.' && value[0] != ',') || !isDigitByte(value[1]) {
				break // the fraction is optional
			}
			n := 1
			for n < len(value) && isDigitByte(value[n]) {
				n++
			}
			nsec, ok = parseFraction(value, n)
			value = value[n:]
		}
		if rangeErr != "" {
			return Time{}, &ParseError{alayout, avalue, elemText, value, ": " + rangeErr + " out of range"}
		}
		if !ok {
			return Time{}, &ParseError{alayout, avalue, elemText, hold, ""}
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}

	if yday >= 0 {
		// The day of the year fixes month and day; they must agree with
		// any month and day given as well.
		if yday < 1 || yday > 365 && !(yday == 366 && isLeap(year)) {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year out of range"}
		}
		y, m, d := civilFromDays(daysFromCivil(int64(year), 1, 1) + int64(yday-1))
		_ = y
		if month >= 0 && month != m {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match month"}
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match day"}
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{alayout, avalue, "", value, ": day out of range"}
	}

	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.addSec(-int64(zoneOffset))
		// The local zone when it has this offset (and name), else a
		// fixed zone recording the offset.
		if local.offset == zoneOffset && (zoneName == "" || local.zone == zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(zoneName, zoneOffset))
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		if local.zone == zoneName {
			t.addSec(-int64(local.offset))
			t.setLoc(local)
			return t, nil
		}
		// An unknown abbreviation gets offset 0. GMT+h gets its offset, but
		// (as in Go) the clock reading is kept as UTC: 15:04 GMT+3 is the
		// instant 15:04 UTC, shown as 18:04 +0300.
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = atoi(zoneName[3:])
			offset *= 3600
		}
		t.setLoc(FixedZone(zoneName, offset))
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLoc), nil
}

// parseOffset reads a numeric zone offset in the form kind describes.
func parseOffset(value string, kind int) (offset int, rest string, ok bool, rangeErr string) {
	var sign, hh, mm, ss string
	switch kind {
	case stdISO8601ColonTZ, stdNumColonTZ:
		if len(value) < 6 || value[3] != ':' {
			return 0, value, false, ""
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], value[4:6], "00", value[6:]
	case stdNumShortTZ, stdISO8601ShortTZ:
		if len(value) < 3 {
			return 0, value, false, ""
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], "00", "00", value[3:]
	case stdISO8601ColonSecondsTZ, stdNumColonSecondsTZ:
		if len(value) < 9 || value[3] != ':' || value[6] != ':' {
			return 0, value, false, ""
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], value[4:6], value[7:9], value[9:]
	case stdISO8601SecondsTZ, stdNumSecondsTz:
		if len(value) < 7 {
			return 0, value, false, ""
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], value[3:5], value[5:7], value[7:]
	default:
		if len(value) < 5 {
			return 0, value, false, ""
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], value[3:5], "00", value[5:]
	}
	h, _, ok1 := getNum(hh, true)
	m, _, ok2 := getNum(mm, true)
	s, _, ok3 := getNum(ss, true)
	if !ok1 || !ok2 || !ok3 {
		return 0, rest, false, ""
	}
	// Offsets of 24 hours or 60 minutes occur in the wild: > not >=.
	if h > 24 {
		rangeErr = "time zone offset hour"
	}
	if m > 60 {
		rangeErr = "time zone offset minute"
	}
	if s > 60 {
		rangeErr = "time zone offset second"
	}
	offset = (h*60+m)*60 + s
	switch sign[0] {
	case '+':
	case '-':
		offset = -offset
	default:
		return 0, rest, false, rangeErr
	}
	return offset, rest, true, rangeErr
}
