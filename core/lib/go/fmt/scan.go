package fmt

// Scanning: the Scan, Scanln, Scanf families, with Go's rules.
//
//   - Scan and Sscan/Fscan treat newlines as spaces; the Scanln forms stop
//     at a newline and then require the line to end; the Scanf forms match
//     the input against the format, where newlines must correspond.
//   - Operands are pointers to basic types (or to named types over them, or
//     implement Scanner). The natives scanTarget and store* stand in for
//     Go's reflection there.
//   - A reader that is not an io.RuneScanner (os.Stdin, the string of
//     Sscan) is read one byte at a time and the one rune of lookahead lives
//     in a wrapper that each call discards, so a character read past the
//     end of one call's input is lost to the next call. Go behaves the same.
//
// Errors inside the scanner travel as panic(scanError{err}) (and
// panic(io.EOF) for input that ends before an operand) up to the exported
// function, which recovers them into its error result.

import (
	"errors"
	"io"
	"math"
	"os"
	"strconv"
	"unicode/utf8"
)

// ScanState is what a Scanner's Scan method reads its input through.
type ScanState interface {
	// ReadRune reads the next rune; io.EOF past the end of the input, the
	// operand's width or (for Scanln and Sscanln) the line.
	ReadRune() (r rune, size int, err error)
	// UnreadRune makes the next ReadRune return the last rune again.
	UnreadRune() error
	// SkipSpace skips spaces, and newlines where the operation allows them.
	SkipSpace()
	// Token skips space if asked, then returns the run of runes satisfying
	// f (!unicode.IsSpace when f is nil).
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the operand's width, if the format gave one.
	Width() (wid int, ok bool)
	// Read must not be called (use ReadRune); it returns an error.
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by values with their own Scan method, which reads
// the value's representation from state for the given verb.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Scan reads space-separated values from standard input into the operands
// (newlines count as space) and returns how many it stored.
func Scan(a ...any) (n int, err error) {
	return Fscan(os.Stdin, a...)
}

// Scanln is Scan that stops at a newline; the values must end the line.
func Scanln(a ...any) (n int, err error) {
	return Fscanln(os.Stdin, a...)
}

// Scanf reads standard input as the format describes.
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

// stringReader reads a string; Sscan and friends scan through it.
type stringReader string

func (r *stringReader) Read(b []byte) (n int, err error) {
	n = copy(b, *r)
	*r = (*r)[n:]
	if n == 0 {
		err = io.EOF
	}
	return
}

// Sscan scans str as Scan scans standard input.
func Sscan(str string, a ...any) (n int, err error) {
	return Fscan((*stringReader)(&str), a...)
}

// Sscanln scans str as Scanln scans standard input.
func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln((*stringReader)(&str), a...)
}

// Sscanf scans str as Scanf scans standard input.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf((*stringReader)(&str), format, a...)
}

// Fscan scans r as Scan scans standard input.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	s, outer := beginScan(r, true, false)
	n, err = s.scanAll(a)
	s.end(outer)
	return
}

// Fscanln scans r as Scanln scans standard input.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	s, outer := beginScan(r, false, true)
	n, err = s.scanAll(a)
	s.end(outer)
	return
}

// Fscanf scans r as Scanf scans standard input.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	s, outer := beginScan(r, false, false)
	n, err = s.scanFormat(format, a)
	s.end(outer)
	return
}

// scanError carries an error out of the scanner to the exported function.
type scanError struct {
	err error
}

const (
	eof     = -1      // what getRune returns at the end of the input
	hugeWid = 1 << 30 // "no width"
)

// scanMode is the part of a scanState a nested scan (a Scanner calling
// Fscan on its ScanState) changes and gives back.
type scanMode struct {
	inUse     bool // the state belongs to a running scan
	nlIsEnd   bool // a newline ends the input (Scanln)
	nlIsSpace bool // a newline counts as space (Scan)
	argLimit  int  // count may not pass this while scanning the current operand
	limit     int  // count may not pass this at all
	maxWid    int  // the current operand's width
}

// scanState is the ScanState of one scanning call.
type scanState struct {
	in    io.RuneScanner
	buf   []byte // the token being collected
	count int    // runes consumed
	atEOF bool   // the input (or the line, for Scanln) has ended
	scanMode
}

// beginScan makes the state for scanning r; when r already is one (a
// nested call from a Scanner), it returns the mode to restore afterwards.
func beginScan(r io.Reader, nlIsSpace, nlIsEnd bool) (s *scanState, outer scanMode) {
	if inner, ok := r.(*scanState); ok {
		outer = inner.scanMode
		inner.limit = inner.argLimit
		inner.nlIsEnd = nlIsEnd || inner.nlIsEnd
		inner.nlIsSpace = nlIsSpace
		return inner, outer
	}
	s = &scanState{}
	if rs, ok := r.(io.RuneScanner); ok {
		s.in = rs
	} else {
		s.in = &byteRuneReader{r: r}
	}
	s.inUse = true
	s.nlIsEnd = nlIsEnd
	s.nlIsSpace = nlIsSpace
	s.limit = hugeWid
	s.argLimit = hugeWid
	s.maxWid = hugeWid
	return s, outer
}

// end gives a nested state back its outer mode.
func (s *scanState) end(outer scanMode) {
	if outer.inUse {
		s.scanMode = outer
	}
}

// byteRuneReader decodes runes from a reader read one byte at a time, so
// it never takes more input than it returns, and keeps the last rune for
// one UnreadRune.
type byteRuneReader struct {
	r        io.Reader
	one      [1]byte
	leftover []byte // bytes read after an invalid encoding, not decoded yet
	last     rune
	haveLast bool // last can be unread
	unread   bool // the next ReadRune returns last
}

func (b *byteRuneReader) readByte() (byte, error) {
	if len(b.leftover) > 0 {
		c := b.leftover[0]
		b.leftover = b.leftover[1:]
		return c, nil
	}
	n, err := io.ReadFull(b.r, b.one[:])
	if n != 1 {
		return 0, err
	}
	return b.one[0], nil
}

func (b *byteRuneReader) ReadRune() (r rune, size int, err error) {
	if b.unread {
		b.unread = false
		return b.last, utf8.RuneLen(b.last), nil
	}
	c, err := b.readByte()
	if err != nil {
		return 0, 0, err
	}
	if c < utf8.RuneSelf {
		b.last, b.haveLast = rune(c), true
		return rune(c), 1, nil
	}
	var enc [utf8.UTFMax]byte
	enc[0] = c
	n := 1
	for ; n < utf8.UTFMax && !utf8.FullRune(enc[:n]); n++ {
		c, err = b.readByte()
		if err != nil {
			if err != io.EOF {
				return 0, 0, err
			}
			err = nil
			break
		}
		enc[n] = c
	}
	r, size = utf8.DecodeRune(enc[:n])
	if size < n {
		// An invalid encoding decodes one byte; keep the rest for later.
		b.leftover = append(append([]byte(nil), enc[size:n]...), b.leftover...)
	}
	b.last, b.haveLast = r, true
	return r, size, nil
}

func (b *byteRuneReader) UnreadRune() error {
	if !b.haveLast || b.unread {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	b.unread = true
	return nil
}

// ---- the ScanState methods

func (s *scanState) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *scanState) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.argLimit {
		return 0, 0, io.EOF
	}
	r, size, err = s.in.ReadRune()
	if err == nil {
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return
}

func (s *scanState) UnreadRune() error {
	s.in.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *scanState) Width() (wid int, ok bool) {
	if s.maxWid == hugeWid {
		return 0, false
	}
	return s.maxWid, true
}

func (s *scanState) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			se, ok := e.(scanError)
			if !ok {
				panic(e)
			}
			err = se.err
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	tok = s.token(skipSpace, f)
	return
}

// SkipSpace skips spaces; a newline is skipped too where it counts as
// space, else it is the error "unexpected newline". "\r\n" counts as "\n".
func (s *scanState) SkipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.errorString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune()
			return
		}
	}
}

// ---- reading helpers (they panic with scanError)

// getRune returns the next rune, or eof at the end of the input.
func (s *scanState) getRune() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eof
		}
		s.error(err)
	}
	return r
}

// mustReadRune is getRune for places where the input may not end
// (inside a quoted string): the end is io.ErrUnexpectedEOF.
func (s *scanState) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.error(io.ErrUnexpectedEOF)
	}
	return r
}

func (s *scanState) error(err error) {
	panic(scanError{err})
}

func (s *scanState) errorString(msg string) {
	panic(scanError{errors.New(msg)})
}

// token collects the runes satisfying f (after skipping space if asked).
func (s *scanState) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.appendRune(r)
	}
	return s.buf
}

// isSpace reports whether r is Unicode White_Space.
func isSpace(r rune) bool {
	switch {
	case r < 0:
		return false
	case r <= 0xff:
		return r == ' ' || '\t' <= r && r <= '\r' || r == 0x85 || r == 0xa0
	case 0x2000 <= r && r <= 0x200a:
		return true
	}
	switch r {
	case 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return false
}

func notSpace(r rune) bool { return !isSpace(r) }

// indexRune returns the index of r in s, or -1. The sets scanning
// searches are ASCII, so it compares bytes first.
func indexRune(s string, r rune) int {
	if 0 <= r && r < utf8.RuneSelf {
		for i := 0; i < len(s); i++ {
			if rune(s[i]) == r {
				return i
			}
		}
		return -1
	}
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// appendRune appends r's UTF-8 encoding to the token.
func (s *scanState) appendRune(r rune) {
	if 0 <= r && r < utf8.RuneSelf {
		s.buf = append(s.buf, byte(r))
		return
	}
	s.buf = utf8.AppendRune(s.buf, r)
}

// consume reads a rune and reports whether it is one of ok, appending it
// to the token if accept. A rune that is not in ok is put back only when
// accept is set (the 'U' of %U is consumed silently either way).
func (s *scanState) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.appendRune(r)
		}
		return true
	}
	if accept {
		s.UnreadRune()
	}
	return false
}

// accept appends the next rune to the token if it is one of ok.
func (s *scanState) accept(ok string) bool {
	return s.consume(ok, true)
}

// peek reports whether the next rune is one of ok, without consuming it.
func (s *scanState) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return indexRune(ok, r) >= 0
}

// notEOF panics with io.EOF when the input has ended.
func (s *scanState) notEOF() {
	if r := s.getRune(); r == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

// okVerb fails the scan unless verb is one of okVerbs.
func (s *scanState) okVerb(verb rune, okVerbs, typ string) bool {
	if indexRune(okVerbs, verb) < 0 {
		s.errorString("bad verb '%" + string(verb) + "' for " + typ)
		return false
	}
	return true
}

// ---- values

var (
	errComplex = errors.New("syntax error scanning complex number")
	errBool    = errors.New("syntax error scanning boolean")
)

// scanBool reads 0, 1, t, true, f, false (any case).
func (s *scanState) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.error(errBool)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.error(errBool)
		}
		return false
	}
	return false
}

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	signs             = "+-"
	floatVerbs        = "beEfFgGv"
)

// intBase returns the base and digits an integer verb reads.
func (s *scanState) intBase(verb rune) (base int, digits string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binaryDigits
	case 'o':
		return 8, octalDigits
	case 'x', 'X', 'U':
		return 16, hexadecimalDigits
	}
	return 10, decimalDigits
}

// scanDigits appends a run of digits to the token; at least one is needed
// unless some were already read.
func (s *scanState) scanDigits(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.errorString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

// scanRune reads one character as an integer (%c).
func (s *scanState) scanRune(bitSize int) int64 {
	s.notEOF()
	r := s.getRune()
	shift := uint(64 - bitSize)
	if (int64(r)<<shift)>>shift != int64(r) {
		s.errorString("overflow on character value " + string(r))
	}
	return int64(r)
}

// scanPrefix reads a base prefix for %v: 0b, 0o, 0x or a leading 0
// (octal). Base 0 lets strconv read the prefix from the token.
func (s *scanState) scanPrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	}
	return 0, octalDigits + "_", true
}

// scanInt reads a signed integer that must fit in bitSize bits.
func (s *scanState) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.intBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else {
		s.accept(signs)
		if verb == 'v' {
			base, digits, haveDigits = s.scanPrefix()
		}
	}
	tok := s.scanDigits(digits, haveDigits)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	shift := uint(64 - bitSize)
	if (i<<shift)>>shift != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

// scanUint reads an unsigned integer that must fit in bitSize bits.
func (s *scanState) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.intBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanPrefix()
	}
	tok := s.scanDigits(digits, haveDigits)
	u, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	shift := uint(64 - bitSize)
	if (u<<shift)>>shift != u {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return u
}

// floatToken reads what looks like a floating-point number (strconv
// checks the syntax): NaN, [sign] Inf, or [sign] digits [. digits]
// [exponent [sign] digits], with a 0x prefix and p exponent for hex.
func (s *scanState) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(signs)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decimalDigits + "_"
	exp := "eEpP"
	if s.accept("0") && s.accept("xX") {
		digits = hexadecimalDigits + "_"
		exp = "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(signs)
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

// complexParts reads "(re+imi)" (the parentheses are optional) and returns
// the two number tokens, the sign joined to the imaginary part.
func (s *scanState) complexParts() (re, im string) {
	parens := s.accept("(")
	re = s.floatToken()
	s.buf = s.buf[:0]
	if !s.accept("+-") {
		s.error(errComplex)
	}
	sign := string(s.buf)
	im = s.floatToken()
	if !s.accept("i") {
		s.error(errComplex)
	}
	if parens && !s.accept(")") {
		s.error(errComplex)
	}
	return re, sign + im
}

func hasX(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 'x' || s[i] == 'X' {
			return true
		}
	}
	return false
}

// parseFloat converts a float token of bitSize bits. Besides strconv's
// syntax it takes a decimal mantissa with a binary exponent ("1.5p3").
func (s *scanState) parseFloat(str string, bitSize int) float64 {
	if p := indexRune(str, 'p'); p >= 0 && !hasX(str) {
		f, err := strconv.ParseFloat(str[:p], bitSize)
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.error(err)
		}
		m, err := strconv.Atoi(str[p+1:])
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.error(err)
		}
		return math.Ldexp(f, m)
	}
	f, err := strconv.ParseFloat(str, bitSize)
	if err != nil {
		s.error(err)
	}
	return f
}

// scanFloat reads a floating-point number of bitSize bits.
func (s *scanState) scanFloat(bitSize int) float64 {
	s.SkipSpace()
	s.notEOF()
	return s.parseFloat(s.floatToken(), bitSize)
}

// scanComplex reads a complex number of bitSize bits (two floats of half).
func (s *scanState) scanComplex(verb rune, bitSize int) (re, im float64) {
	if !s.okVerb(verb, floatVerbs, "complex") {
		return 0, 0
	}
	s.SkipSpace()
	s.notEOF()
	sre, sim := s.complexParts()
	return s.parseFloat(sre, bitSize/2), s.parseFloat(sim, bitSize/2)
}

// scanString reads a string operand: a space-delimited word for %s and
// %v, a Go quoted string for %q, hex pairs for %x.
func (s *scanState) scanString(verb rune) string {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.token(true, notSpace))
}

// quotedString reads a back-quoted raw string or a double-quoted string
// with escapes.
func (s *scanState) quotedString() string {
	s.notEOF()
	switch quote := s.getRune(); quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				break
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return string(s.buf)
	case '"':
		// Collect up to the closing quote and let strconv.Unquote decode
		// the escapes. After a backslash only the next character matters
		// for finding the end (it may be a quote or a backslash).
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				s.buf = utf8.AppendRune(s.buf, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		str, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.error(err)
		}
		return str
	}
	s.errorString("expected quoted string")
	return ""
}

func hexDigit(r rune) (int, bool) {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0'), true
	case 'a' <= r && r <= 'f':
		return 10 + int(r-'a'), true
	case 'A' <= r && r <= 'F':
		return 10 + int(r-'A'), true
	}
	return -1, false
}

// hexByte reads two hex digits; ok is false (and nothing consumed) when
// the next rune is not a hex digit.
func (s *scanState) hexByte() (b byte, ok bool) {
	r := s.getRune()
	if r == eof {
		return 0, false
	}
	hi, ok := hexDigit(r)
	if !ok {
		s.UnreadRune()
		return 0, false
	}
	lo, ok := hexDigit(s.mustReadRune())
	if !ok {
		s.errorString("illegal hex digit")
		return 0, false
	}
	return byte(hi<<4 | lo), true
}

// hexString reads hex-encoded bytes.
func (s *scanState) hexString() string {
	s.notEOF()
	for {
		b, ok := s.hexByte()
		if !ok {
			break
		}
		s.buf = append(s.buf, b)
	}
	if len(s.buf) == 0 {
		s.errorString("no hex data for %x string")
		return ""
	}
	return string(s.buf)
}

// scanTarget returns the reflect.Kind of what the pointer arg points to
// and its size in bits; kind -1 when arg is not a pointer.
func scanTarget(arg any) (kind int, bits int)

// The store natives write v through the pointer arg, converting to the
// pointed-to type's size (they panic on a nil pointer).
func storeBool(arg any, v bool)
func storeInt(arg any, v int64)
func storeUint(arg any, v uint64)
func storeFloat(arg any, v float64)
func storeComplex(arg any, re, im float64)
func storeString(arg any, v string)
func storeBytes(arg any, v []byte)

// reflect.Kind values scanTarget returns.
const (
	kindBool       = 1
	kindInt        = 2
	kindInt64      = 6
	kindUint       = 7
	kindUintptr    = 12
	kindFloat32    = 13
	kindFloat64    = 14
	kindComplex64  = 15
	kindComplex128 = 16
	kindSlice      = 23
	kindString     = 24
	kindUint8      = 8
)

// scanOne scans one operand for verb.
func (s *scanState) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	if v, ok := arg.(Scanner); ok {
		if err := v.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.error(err)
		}
		return
	}
	switch v := arg.(type) {
	case *float32:
		if s.okVerb(verb, floatVerbs, "float32") {
			*v = float32(s.scanFloat(32))
		}
		return
	case *float64:
		if s.okVerb(verb, floatVerbs, "float64") {
			*v = s.scanFloat(64)
		}
		return
	case *[]byte:
		// A copy: the token buffer is reused.
		*v = []byte(s.scanString(verb))
		return
	}
	kind, bits := scanTarget(arg)
	switch {
	case kind < 0:
		s.errorString("type not a pointer: " + Sprintf("%T", arg))
	case kind == kindBool:
		storeBool(arg, s.scanBool(verb))
	case kindInt <= kind && kind <= kindInt64:
		storeInt(arg, s.scanInt(verb, bits))
	case kindUint <= kind && kind <= kindUintptr:
		storeUint(arg, s.scanUint(verb, bits))
	case kind == kindString:
		storeString(arg, s.scanString(verb))
	case kind == kindSlice:
		// Only byte slices (of any named type): scanTarget reports their
		// element's kind in bits' place.
		if bits != kindUint8 {
			s.errorString("can't scan type: " + Sprintf("%T", arg))
		}
		storeBytes(arg, []byte(s.scanString(verb)))
	case kind == kindFloat32 || kind == kindFloat64:
		storeFloat(arg, s.scanFloat(bits))
	case kind == kindComplex64 || kind == kindComplex128:
		re, im := s.scanComplex(verb, bits)
		storeComplex(arg, re, im)
	default:
		s.errorString("can't scan type: " + Sprintf("%T", arg))
	}
}

// catch turns the scanner's own panics into the error result; other
// panics go on.
func catch(e any, errp *error) {
	if e == nil {
		return
	}
	if se, ok := e.(scanError); ok {
		*errp = se.err
		return
	}
	if err, ok := e.(error); ok && err == io.EOF {
		*errp = err
		return
	}
	panic(e)
}

// scanAll scans the operands with %v (Scan, Scanln and friends).
func (s *scanState) scanAll(a []any) (n int, err error) {
	defer func() { catch(recover(), &err) }()
	for _, arg := range a {
		s.scanOne('v', arg)
		n++
	}
	if s.nlIsEnd {
		// Scanln: only spaces may follow, up to the newline.
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.errorString("expected newline")
				break
			}
		}
	}
	return
}

// matchFormat matches the input against format up to its first verb and
// returns how many bytes of format it used: 0 when format starts with a
// verb (or is empty), -1 when the input does not match.
func (s *scanState) matchFormat(format string) int {
	i := 0
	for i < len(format) {
		c, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(c) {
			i += s.matchSpaceRun(format[i:])
			continue
		}
		if c == '%' {
			if i+w == len(format) {
				s.errorString("missing verb: % at end of format string")
			}
			if format[i+w] != '%' {
				return i // a verb
			}
			i += w // "%%" stands for one literal '%'
		}
		if in := s.mustReadRune(); in != c {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return i
}

// matchSpaceRun matches the run of spaces that starts format against the
// input and returns the run's length in bytes. Each newline in the run
// needs optional spaces and then a newline (or the end) in the input.
// Spaces after the run's last newline match any spaces on the input's next
// line; in a run without newlines they need at least one space (not a
// newline) or the end of the input.
func (s *scanState) matchSpaceRun(format string) int {
	n := 0
	newlines := 0
	spacesLast := false // the run ends with spaces other than newlines
	for n < len(format) {
		c, w := utf8.DecodeRuneInString(format[n:])
		if !isSpace(c) {
			break
		}
		if c == '\n' {
			newlines++
		}
		spacesLast = c != '\n'
		n += w
	}
	for k := 0; k < newlines; k++ {
		if in := s.skipBlanks(s.getRune()); in != '\n' && in != eof {
			s.errorString("newline in format does not match input")
		}
	}
	if !spacesLast {
		return n
	}
	in := s.getRune()
	if newlines == 0 {
		if !isSpace(in) && in != eof {
			s.errorString("expected space in input to match format")
		}
		if in == '\n' {
			s.errorString("newline in input does not match format")
		}
	}
	if in = s.skipBlanks(in); in != eof {
		s.UnreadRune()
	}
	return n
}

// skipBlanks reads on from rune r past spaces other than newlines and
// returns the first rune that is not one.
func (s *scanState) skipBlanks(r rune) rune {
	for isSpace(r) && r != '\n' {
		r = s.getRune()
	}
	return r
}

// formatWidth reads a decimal width at format[i:end].
func formatWidth(format string, i, end int) (wid int, ok bool, next int) {
	for next = i; next < end && '0' <= format[next] && format[next] <= '9'; next++ {
		if wid > 1e6 {
			return 0, false, end // absurdly long
		}
		wid = wid*10 + int(format[next]-'0')
		ok = true
	}
	return
}

// scanFormat scans the operands as format says (the Scanf family).
func (s *scanState) scanFormat(format string, a []any) (n int, err error) {
	defer func() { catch(recover(), &err) }()
	// A width never takes the format's last byte: that is the verb.
	last := len(format) - 1
	i := 0
formatLoop:
	for i <= last {
		switch w := s.matchFormat(format[i:]); {
		case w > 0:
			i += w
			continue
		case format[i] != '%' && w < 0:
			s.errorString("input does not match format")
		case format[i] != '%':
			// The input ended; operands left over are reported below.
			break formatLoop
		}
		i++ // the '%'
		wid, hasWidth, next := formatWidth(format, i, last)
		s.maxWid, i = wid, next
		if !hasWidth {
			s.maxWid = hugeWid
		}
		verb, vw := utf8.DecodeRuneInString(format[i:])
		i += vw
		if verb != 'c' {
			s.SkipSpace()
		}
		if verb == '%' {
			// "% %" and the like: a literal percent sign after spaces.
			s.SkipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.errorString("missing literal %")
			}
			continue
		}
		if n >= len(a) {
			s.errorString("too few operands for format '%" + format[i-vw:] + "'")
		}
		// The operand may not read past its width.
		s.argLimit = s.limit
		if s.count+s.maxWid < s.argLimit {
			s.argLimit = s.count + s.maxWid
		}
		s.scanOne(verb, a[n])
		n++
		s.argLimit = s.limit
	}
	if n < len(a) {
		s.errorString("too many operands")
	}
	return
}
