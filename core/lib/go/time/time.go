// Package time: instants, durations, calendars, formatting, and the timers
// of the goroutine scheduler (a Go 1.23 subset; only UTC, Local (= UTC, as
// on the Go playground) and fixed zones exist).
//
// Natives (natives_time.cpp):
//
//	time.now() (wall, mono int64)      Unix nanoseconds and the monotonic reading
//	time.runtimeNano() int64           the scheduler's clock, in which timers are set
//	time.newRuntimeTimer(kind int, c chan Time, f func()) uintptr
//	time.resetRuntimeTimer(r uintptr, when, period int64) bool
//	time.stopRuntimeTimer(r uintptr) bool
//	time.sleepOn(r uintptr, when int64)  parks the goroutine ("sleep") until when
//	time.freeRuntimeTimer(r uintptr)
package time

// A Time is an instant with nanosecond precision, a location for display,
// and possibly a monotonic clock reading (Now's results and the values
// timer channels deliver carry one; Sub and comparisons of two such Times
// use it). Its layout is fixed by the VM, which writes Times on timer
// channels (VM::fillTimeValue): three words, wall, ext, loc. Two encodings
// share them, told apart by wall:
//
//	wall in [0, 1e9)        no monotonic reading:
//	                          wall = nanoseconds within the second
//	                          ext  = seconds since January 1, year 1, 00:00:00 UTC
//	wall outside [0, 1e9)   with a monotonic reading (what the VM writes):
//	                          wall = nanoseconds since the Unix epoch
//	                          ext  = the monotonic reading (Go's "m=" value)
//
// The zero Time (both words 0) is January 1, year 1, UTC. A Time with a
// monotonic reading whose wall clock leaves Go's window for monotonic
// readings (1885 to 2157), or would fall in the Unix epoch's first second,
// drops the reading, as Go's Add does at the window's edges.
type Time struct {
	wall int64
	ext  int64
	loc  *Location // nil means UTC
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour

	// Seconds from January 1, year 1 to the Unix epoch.
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	// Go keeps monotonic readings only for wall times from 1885-01-01 on,
	// over 2^33 seconds.
	monoWindowStart int64 = -((1970-1885)*365 + (1969/4 - 1884/4) - (1969/100 - 1884/100) + (1969/400 - 1884/400)) * secondsPerDay * 1e9
	monoWindowEnd   int64 = monoWindowStart + (1<<33-1)*1e9 + 999999999
)

// The monotonic reading at package start is 1, as Go's startNano makes it
// (time.Now prints m=+0.000000001 at the start of a playground run).

func now() (wall int64, mono int64)

func runtimeNano() int64

// Now returns the current time, with a monotonic reading.
func Now() Time {
	wall, mono := now()
	if uint64(wall) < 1e9 || wall < monoWindowStart || wall > monoWindowEnd {
		return mkTime(floorDiv(wall, 1e9)+unixToInternal, floorMod(wall, 1e9), Local)
	}
	return Time{wall: wall, ext: mono, loc: Local}
}

// mkTime builds a Time without a monotonic reading.
func mkTime(sec int64, nsec int64, loc *Location) Time {
	if loc == &utcLoc {
		loc = nil
	}
	return Time{wall: nsec, ext: sec, loc: loc}
}

func (t *Time) hasMono() bool { return uint64(t.wall) >= 1e9 }

// sec returns the seconds since January 1, year 1 UTC.
func (t *Time) sec() int64 {
	if t.hasMono() {
		return floorDiv(t.wall, 1e9) + unixToInternal
	}
	return t.ext
}

// nsec returns the nanoseconds within the second, in [0, 1e9).
func (t *Time) nsec() int64 {
	if t.hasMono() {
		return floorMod(t.wall, 1e9)
	}
	return t.wall
}

func (t *Time) stripMono() {
	if t.hasMono() {
		sec, nsec := t.sec(), t.nsec()
		t.wall = nsec
		t.ext = sec
	}
}

// setLoc sets the location, dropping the monotonic reading (Go's UTC, In
// and Local do the same).
func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 {
	r := a % b
	if r != 0 && ((r < 0) != (b < 0)) {
		r += b
	}
	return r
}

// unixSec returns the seconds since the Unix epoch.
func (t *Time) unixSec() int64 { return t.sec() - unixToInternal }

// Unix returns t as seconds since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixMilli returns t as milliseconds since the Unix epoch.
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + t.nsec()/1e6 }

// UnixMicro returns t as microseconds since the Unix epoch.
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + t.nsec()/1e3 }

// UnixNano returns t as nanoseconds since the Unix epoch (wrapping around
// outside the years 1678 to 2262, as Go's does).
func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + t.nsec() }

// Unix returns the local Time for sec seconds and nsec nanoseconds since
// the Unix epoch; nsec may be outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		sec += floorDiv(nsec, 1e9)
		nsec = floorMod(nsec, 1e9)
	}
	return mkTime(sec+unixToInternal, nsec, Local)
}

// UnixMilli returns the local Time for msec milliseconds since the epoch.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time for usec microseconds since the epoch.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// IsZero reports whether t is January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec() == 0 && t.nsec() == 0 }

// After reports whether t is after u.
func (t Time) After(u Time) bool { return t.Compare(u) > 0 }

// Before reports whether t is before u.
func (t Time) Before(u Time) bool { return t.Compare(u) < 0 }

// Equal reports whether t and u are the same instant (locations aside).
func (t Time) Equal(u Time) bool { return t.Compare(u) == 0 }

// Compare returns -1, 0 or +1 as t is before, equal to or after u; two
// Times with monotonic readings compare by those.
func (t Time) Compare(u Time) int {
	var a, b int64
	if t.hasMono() && u.hasMono() {
		a, b = t.ext, u.ext
	} else {
		a, b = t.sec(), u.sec()
		if a == b {
			a, b = t.nsec(), u.nsec()
		}
	}
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Add returns t+d, keeping the monotonic reading while it stays valid.
func (t Time) Add(d Duration) Time {
	if t.hasMono() {
		w := t.wall + int64(d)
		m := t.ext + int64(d)
		wrapped := (d > 0 && (w < t.wall || m < t.ext)) || (d < 0 && (w > t.wall || m > t.ext))
		if !wrapped && uint64(w) >= 1e9 && w >= monoWindowStart && w <= monoWindowEnd {
			t.wall = w
			t.ext = m
			return t
		}
		t.stripMono()
	}
	dsec := int64(d / 1e9)
	nsec := t.wall + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.wall = nsec
	t.addSec(dsec)
	return t
}

// addSec adds d seconds to a Time without monotonic reading, saturating.
func (t *Time) addSec(d int64) {
	sum := t.ext + d
	if (sum > t.ext) == (d > 0) {
		t.ext = sum
	} else if d > 0 {
		t.ext = 1<<63 - 1
	} else {
		t.ext = -(1<<63 - 1)
	}
}

// Sub returns t-u, saturating at the extreme Durations; two monotonic
// readings are subtracted when both Times have one.
func (t Time) Sub(u Time) Duration {
	if t.hasMono() && u.hasMono() {
		d := Duration(t.ext - u.ext)
		if d < 0 && t.ext > u.ext {
			return maxDuration
		}
		if d > 0 && t.ext < u.ext {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec()-u.sec())*Second + Duration(t.nsec()-u.nsec())
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// Since returns the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t: t.Sub(Now()).
func Until(t Time) Duration { return t.Sub(Now()) }

// AddDate adds years, months and days, normalizing like Date: October 31
// plus one month is December 1.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec()), t.Location())
}

// ---------------------------------------------------------------- calendar

// A Month specifies a month of the year (January = 1).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

var shortMonthNames = []string{
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
}

// String returns the month's English name ("January"), or "%!Month(13)".
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + string(appendUint(nil, uint64(m))) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// String returns the day's English name ("Sunday"), or "%!Weekday(9)".
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + string(appendUint(nil, uint64(d))) + ")"
}

// daysFromCivil returns the number of days from 1970-01-01 to the given
// proleptic Gregorian date (month 1..12, day 1..31). It counts in 400-year
// eras of 146097 days, with years starting on March 1 so that the leap day
// is the last day of a year.
func daysFromCivil(year int64, month int, day int) int64 {
	if month <= 2 {
		year--
	}
	era := floorDiv(year, 400)
	yearOfEra := year - era*400
	monthFromMarch := int64((month + 9) % 12)
	dayOfYear := (153*monthFromMarch+2)/5 + int64(day) - 1
	dayOfEra := yearOfEra*365 + yearOfEra/4 - yearOfEra/100 + dayOfYear
	return era*146097 + dayOfEra - 719468
}

// civilFromDays is daysFromCivil's inverse.
func civilFromDays(days int64) (year int64, month int, day int) {
	days += 719468
	era := floorDiv(days, 146097)
	dayOfEra := days - era*146097
	yearOfEra := (dayOfEra - dayOfEra/1460 + dayOfEra/36524 - dayOfEra/146096) / 365
	dayOfYear := dayOfEra - (365*yearOfEra + yearOfEra/4 - yearOfEra/100)
	monthFromMarch := (5*dayOfYear + 2) / 153
	day = int(dayOfYear - (153*monthFromMarch+2)/5 + 1)
	if monthFromMarch < 10 {
		month = int(monthFromMarch + 3)
	} else {
		month = int(monthFromMarch - 9)
	}
	year = yearOfEra + era*400
	if month <= 2 {
		year++
	}
	return
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

var daysBeforeMonth = [...]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return daysBeforeMonth[m] - daysBeforeMonth[m-1]
}

// localSec returns t's seconds since year 1 in its own zone, with the zone.
func (t *Time) localSec() (sec int64, name string, offset int) {
	l := t.loc.get()
	return t.sec() + int64(l.offset), l.zone, l.offset
}

// localDays returns the days since the Unix epoch in t's zone and the
// seconds into that day.
func (t *Time) localDays() (days int64, secOfDay int) {
	sec, _, _ := t.localSec()
	sec -= unixToInternal
	return floorDiv(sec, secondsPerDay), int(floorMod(sec, secondsPerDay))
}

// Date returns t's year, month and day in its zone.
func (t Time) Date() (year int, month Month, day int) {
	days, _ := t.localDays()
	y, m, d := civilFromDays(days)
	return int(y), Month(m), d
}

// Year returns t's year.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns t's month.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns t's day of the month.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns t's day of the week.
func (t Time) Weekday() Weekday {
	days, _ := t.localDays()
	return Weekday(floorMod(days+4, 7)) // 1970-01-01 was a Thursday
}

// YearDay returns t's day of the year, 1 to 366.
func (t Time) YearDay() int {
	days, _ := t.localDays()
	y, _, _ := civilFromDays(days)
	return int(days-daysFromCivil(y, 1, 1)) + 1
}

// ISOWeek returns t's ISO 8601 year and week: weeks start on Monday and
// week 1 holds the year's first Thursday.
func (t Time) ISOWeek() (year int, week int) {
	days, _ := t.localDays()
	fromMonday := floorMod(days+3, 7) // 0 = Monday
	thursday := days - fromMonday + 3
	y, _, _ := civilFromDays(thursday)
	return int(y), int(thursday-daysFromCivil(y, 1, 1))/7 + 1
}

// Clock returns the hour, minute and second of t's day.
func (t Time) Clock() (hour int, min int, sec int) {
	_, s := t.localDays()
	return s / secondsPerHour, s % secondsPerHour / secondsPerMinute, s % secondsPerMinute
}

// Hour returns the hour, 0 to 23.
func (t Time) Hour() int {
	_, s := t.localDays()
	return s / secondsPerHour
}

// Minute returns the minute, 0 to 59.
func (t Time) Minute() int {
	_, s := t.localDays()
	return s % secondsPerHour / secondsPerMinute
}

// Second returns the second, 0 to 59.
func (t Time) Second() int {
	_, s := t.localDays()
	return s % secondsPerMinute
}

// Nanosecond returns the nanosecond within the second.
func (t Time) Nanosecond() int { return int(t.nsec()) }

// Date returns the Time of the given date and clock in loc. Out-of-range
// values are normalized: October 32 is November 1, hour 25 the next day.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	// Normalize from the smallest unit up, carrying into the next.
	m := int(month) - 1
	year, m = norm(year, m, 12)
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFromCivil(int64(year), m+1, 1) + int64(day-1)
	unix := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	unix -= int64(loc.offset)
	return mkTime(unix+unixToInternal, int64(nsec), loc)
}

// norm moves multiples of base from lo into hi so that 0 <= lo < base.
func norm(hi, lo, base int) (int, int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Truncate rounds t down to a multiple of d since the zero Time; the
// monotonic reading is dropped (d <= 0: only that).
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-t.remainder(d))
}

// Round rounds t to the nearest multiple of d since the zero Time, halfway
// values up; the monotonic reading is dropped (Round(0) does only that).
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := t.remainder(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// remainder returns (t - zero Time) mod d, in [0, d), for d > 0: the
// seconds are reduced mod d first so that nothing overflows.
func (t *Time) remainder(d Duration) Duration {
	m := uint64(d)
	secMod := uint64(floorMod(t.sec(), int64(d))) // < d
	r := mulMod(secMod, uint64(1e9)%m, m)
	return Duration((r + uint64(t.nsec())%m) % m)
}

// mulMod returns a*b mod m for a, b < m < 2^63 without overflow
// (shift-and-add).
func mulMod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
}

// ------------------------------------------------------------ locations

// UTC returns t in UTC (without monotonic reading).
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t in the local zone, which is UTC here.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns t in loc.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns t's location (UTC for a Time without one).
func (t Time) Location() *Location {
	if t.loc == nil {
		// Values from timer channels: the VM writes no location, but like
		// Now's results they are local times (with monotonic readings,
		// which any Time explicitly put in UTC has lost).
		if t.hasMono() {
			return Local
		}
		return UTC
	}
	return t.loc
}

// Zone returns the abbreviated zone name and its offset east of UTC in
// seconds.
func (t Time) Zone() (name string, offset int) {
	l := t.loc.get()
	return l.zone, l.offset
}

// String formats t as "2006-01-02 15:04:05.999999999 -0700 MST", followed
// by " m=±<seconds>" when t has a monotonic reading.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if !t.hasMono() {
		return s
	}
	m := uint64(t.ext)
	sign := byte('+')
	if t.ext < 0 {
		sign = '-'
		m = -m
	}
	b := []byte(s)
	b = append(b, " m="...)
	b = append(b, sign)
	b = appendUint(b, m/1e9)
	b = append(b, '.')
	b = appendPadded(b, int(m%1e9), 9)
	return string(b)
}

// GoString returns t as Go syntax.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := []byte("time.Date(")
	b = appendInt(b, year, 0)
	b = append(b, ", time."...)
	b = append(b, month.String()...)
	b = append(b, ", "...)
	b = appendInt(b, day, 0)
	b = append(b, ", "...)
	b = appendInt(b, hour, 0)
	b = append(b, ", "...)
	b = appendInt(b, min, 0)
	b = append(b, ", "...)
	b = appendInt(b, sec, 0)
	b = append(b, ", "...)
	b = appendInt(b, int(t.nsec()), 0)
	b = append(b, ", "...)
	switch loc := t.Location(); loc {
	case UTC:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	b = append(b, ')')
	return string(b)
}
