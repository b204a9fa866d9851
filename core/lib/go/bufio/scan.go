package bufio

import (
	"errors"
	"io"
	"unicode/utf8"
)

// Scanner reads input as a sequence of tokens (lines by default) delimited
// by a split function. Scanning stops at the end of input, at the first
// error, or at a token longer than the maximum token size.
//
// The unsplit input is buf[start:end]. When the split function asks for
// more, the bytes move to the front of the buffer and, if the buffer is
// full, into one twice as big (up to the maximum token size).
type Scanner struct {
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte
	buf          []byte
	start, end   int
	err          error
	empties      int  // consecutive empty tokens without progress
	scanCalled   bool // Buffer and Split may not be called after Scan
	done         bool
}

// SplitFunc splits input into tokens. It gets the unprocessed data and
// whether the input has ended, and returns how many bytes to advance, the
// token (nil for none yet), and an error that stops the scan. Returning 0,
// nil, nil asks for more data.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
)

// ErrFinalToken, returned by a split function, makes its token the last.
var ErrFinalToken = errors.New("final token")

const (
	// MaxScanTokenSize is the default limit on a token's size.
	MaxScanTokenSize = 64 * 1024

	startBufSize = 4096
)

// NewScanner returns a Scanner reading r, splitting lines.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxTokenSize: MaxScanTokenSize}
}

// Err returns the first error other than io.EOF met by the Scanner.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes returns the latest token; the bytes may be overwritten by the next
// Scan.
func (s *Scanner) Bytes() []byte { return s.token }

// Text returns the latest token as a new string.
func (s *Scanner) Text() string { return string(s.token) }

// Scan advances to the next token, which Bytes and Text then return. It
// returns false at the end of input or after an error (see Err).
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.scanCalled = true
	for {
		// Try for a token in what is buffered (also at the end of input,
		// to get the final one).
		if s.end > s.start || s.err != nil {
			advance, token, err := s.split(s.buf[s.start:s.end], s.err != nil)
			if err != nil {
				if err == ErrFinalToken {
					s.token = token
					s.done = true
					// A nil final token means "stop without one".
					return token != nil
				}
				s.setErr(err)
				return false
			}
			if !s.advance(advance) {
				return false
			}
			s.token = token
			if token != nil {
				if s.err == nil || advance > 0 {
					s.empties = 0
				} else {
					// Empty tokens at the end of input must not repeat forever.
					s.empties++
					if s.empties > maxConsecutiveEmptyReads {
						panic("bufio.Scan: too many empty tokens without progressing")
					}
				}
				return true
			}
		}
		if s.err != nil {
			s.start = 0
			s.end = 0
			return false
		}
		// Make room: move the data to the front when that frees enough.
		if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
			copy(s.buf, s.buf[s.start:s.end])
			s.end -= s.start
			s.start = 0
		}
		if s.end == len(s.buf) {
			// The buffer is full of one unfinished token: grow it.
			if len(s.buf) >= s.maxTokenSize || len(s.buf) > (1<<62)/2 {
				s.setErr(ErrTooLong)
				return false
			}
			size := len(s.buf) * 2
			if size == 0 {
				size = startBufSize
			}
			if size > s.maxTokenSize {
				size = s.maxTokenSize
			}
			grown := make([]byte, size)
			copy(grown, s.buf[s.start:s.end])
			s.buf = grown
			s.end -= s.start
			s.start = 0
		}
		// Read until some data or an error arrives.
		for empty := 0; ; {
			n, err := s.r.Read(s.buf[s.end:len(s.buf)])
			if n < 0 || n > len(s.buf)-s.end {
				s.setErr(ErrBadReadCount)
				break
			}
			s.end += n
			if err != nil {
				s.setErr(err)
				break
			}
			if n > 0 {
				s.empties = 0
				break
			}
			empty++
			if empty > maxConsecutiveEmptyReads {
				s.setErr(io.ErrNoProgress)
				break
			}
		}
	}
}

// advance consumes n bytes of the buffer; false (with the error set) when
// the split function returned an impossible count.
func (s *Scanner) advance(n int) bool {
	if n < 0 {
		s.setErr(ErrNegativeAdvance)
		return false
	}
	if n > s.end-s.start {
		s.setErr(ErrAdvanceTooFar)
		return false
	}
	s.start += n
	return true
}

// setErr records the first error; io.EOF may be replaced by a real one.
func (s *Scanner) setErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Buffer sets the initial buffer and the maximum token size (the larger of
// max and cap(buf)). It panics once scanning has started.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanCalled {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.maxTokenSize = max
}

// Split sets the split function. It panics once scanning has started.
func (s *Scanner) Split(split SplitFunc) {
	if s.scanCalled {
		panic("Split called after Scan")
	}
	s.split = split
}

// ScanBytes is a split function returning each byte as a token.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

// The UTF-8 encoding of utf8.RuneError, the token for an invalid byte.
var errorRune = []byte(string(utf8.RuneError))

// ScanRunes is a split function returning each UTF-8 encoded rune as a
// token; each byte of an invalid encoding becomes "\uFFFD".
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[0:1], nil
	}
	_, width := utf8.DecodeRune(data)
	if width > 1 {
		return width, data[0:width], nil
	}
	// A one-byte decode is an error, or an encoding cut short: wait for
	// more input unless it has ended.
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	return 1, errorRune, nil
}

// dropCR removes a final '\r'.
func dropCR(data []byte) []byte {
	if len(data) > 0 && data[len(data)-1] == '\r' {
		return data[0 : len(data)-1]
	}
	return data
}

// ScanLines is a split function returning each line without its end of
// line ("\n" or "\r\n"); the last line may have none. An empty last line is
// not returned.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := indexByte(data, '\n'); i >= 0 {
		return i + 1, dropCR(data[0:i]), nil
	}
	if atEOF {
		return len(data), dropCR(data), nil
	}
	return 0, nil, nil
}

// isSpace reports whether r is Unicode White_Space.
func isSpace(r rune) bool {
	if r <= '\u00FF' {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r', '\u0085', '\u00A0':
			return true
		}
		return false
	}
	if '\u2000' <= r && r <= '\u200a' {
		return true
	}
	switch r {
	case '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000':
		return true
	}
	return false
}

// ScanWords is a split function returning each space-separated word; the
// spaces are Unicode White_Space and are never part of a token.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for width := 0; start < len(data); start += width {
		var r rune
		r, width = utf8.DecodeRune(data[start:])
		if !isSpace(r) {
			break
		}
	}
	for width, i := 0, start; i < len(data); i += width {
		var r rune
		r, width = utf8.DecodeRune(data[i:])
		if isSpace(r) {
			return i + width, data[start:i], nil
		}
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	// Skip the leading spaces; wait for the rest of the word.
	return start, nil, nil
}
