// Package bufio: buffered I/O over an io.Reader or io.Writer (Go 1.23 API),
// written in Go; no natives.
//
// A Reader keeps the bytes buf[r:w] read from the underlying reader but not
// yet consumed. A Writer keeps buf[:n] written but not yet flushed. Errors
// of the underlying reader are remembered and reported once the buffered
// bytes are used up.
package bufio

import (
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

const defaultBufSize = 4096

// The smallest buffer a Reader accepts.
const minReadBufferSize = 16

// A Reader gives up after this many reads in a row that return nothing.
const maxConsecutiveEmptyReads = 100

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

var errNegativeRead = errors.New("bufio: reader returned negative count from Read")

// indexByte returns the index of the first c in b, or -1.
func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// Reader implements buffering for an io.Reader.
type Reader struct {
	buf          []byte
	rd           io.Reader
	r, w         int   // unread bytes are buf[r:w]
	err          error // the underlying reader's error, reported after buf[r:w]
	lastByte     int   // the last byte read, for UnreadByte; -1 if none
	lastRuneSize int   // the size of the last rune read, for UnreadRune; -1 if none
}

// NewReaderSize returns a Reader whose buffer has at least size bytes; rd
// itself when it already is such a Reader.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if b, ok := rd.(*Reader); ok && len(b.buf) >= size {
		return b
	}
	if size < minReadBufferSize {
		size = minReadBufferSize
	}
	r := new(Reader)
	r.reset(make([]byte, size), rd)
	return r
}

// NewReader returns a Reader with the default buffer size (4096).
func NewReader(rd io.Reader) *Reader {
	return NewReaderSize(rd, defaultBufSize)
}

// Size returns the size of the buffer.
func (b *Reader) Size() int { return len(b.buf) }

// Reset discards the buffered data and makes b read from r.
func (b *Reader) Reset(r io.Reader) {
	if b == r {
		// Resetting to itself would make it read from itself forever.
		return
	}
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.reset(b.buf, r)
}

func (b *Reader) reset(buf []byte, r io.Reader) {
	*b = Reader{buf: buf, rd: r, lastByte: -1, lastRuneSize: -1}
}

// fill reads one new chunk into the buffer, first moving the unread bytes
// to its start.
func (b *Reader) fill() {
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.r = 0
	}
	if b.w >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for tries := 0; tries < maxConsecutiveEmptyReads; tries++ {
		n, err := b.rd.Read(b.buf[b.w:])
		if n < 0 {
			panic(errNegativeRead)
		}
		b.w += n
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

// readErr returns the pending error and forgets it.
func (b *Reader) readErr() error {
	err := b.err
	b.err = nil
	return err
}

// Buffered returns the number of bytes that can be read from the buffer.
func (b *Reader) Buffered() int { return b.w - b.r }

// Peek returns the next n bytes without consuming them. With fewer than n
// bytes available it also returns an error explaining why (ErrBufferFull
// when n is larger than the buffer).
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.lastByte = -1
	b.lastRuneSize = -1
	for b.w-b.r < n && b.w-b.r < len(b.buf) && b.err == nil {
		b.fill()
	}
	if n > len(b.buf) {
		return b.buf[b.r:b.w], ErrBufferFull
	}
	var err error
	if avail := b.w - b.r; avail < n {
		n = avail
		err = b.readErr()
		if err == nil {
			err = ErrBufferFull
		}
	}
	return b.buf[b.r : b.r+n], err
}

// Discard skips the next n bytes and returns how many it skipped.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return
	}
	b.lastByte = -1
	b.lastRuneSize = -1
	remain := n
	for {
		skip := b.Buffered()
		if skip == 0 {
			b.fill()
			skip = b.Buffered()
		}
		if skip > remain {
			skip = remain
		}
		b.r += skip
		remain -= skip
		if remain == 0 {
			return n, nil
		}
		if b.err != nil {
			return n - remain, b.readErr()
		}
	}
}

// Read reads into p. It makes at most one Read call on the underlying
// reader, so n may be less than len(p). At end of input it returns 0,
// io.EOF.
func (b *Reader) Read(p []byte) (n int, err error) {
	n = len(p)
	if n == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.readErr()
	}
	if b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		if len(p) >= len(b.buf) {
			// A large read goes straight into p.
			n, b.err = b.rd.Read(p)
			if n < 0 {
				panic(errNegativeRead)
			}
			if n > 0 {
				b.lastByte = int(p[n-1])
				b.lastRuneSize = -1
			}
			return n, b.readErr()
		}
		b.r = 0
		b.w = 0
		n, b.err = b.rd.Read(b.buf)
		if n < 0 {
			panic(errNegativeRead)
		}
		if n == 0 {
			return 0, b.readErr()
		}
		b.w += n
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = -1
	return n, nil
}

// ReadByte reads and returns one byte.
func (b *Reader) ReadByte() (byte, error) {
	b.lastRuneSize = -1
	for b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	b.lastByte = int(c)
	return c, nil
}

// UnreadByte unreads the last byte read.
func (b *Reader) UnreadByte() error {
	if b.lastByte < 0 || b.r == 0 && b.w > 0 {
		return ErrInvalidUnreadByte
	}
	if b.r > 0 {
		b.r--
	} else {
		// The buffer is empty (b.r == b.w == 0): the byte becomes its content.
		b.w = 1
	}
	b.buf[b.r] = byte(b.lastByte)
	b.lastByte = -1
	b.lastRuneSize = -1
	return nil
}

// ReadRune reads one UTF-8 encoded rune; an invalid encoding reads one
// byte as utf8.RuneError (U+FFFD).
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.r+utf8.UTFMax > b.w && !utf8.FullRune(b.buf[b.r:b.w]) && b.err == nil && b.w-b.r < len(b.buf) {
		b.fill()
	}
	b.lastRuneSize = -1
	if b.r == b.w {
		return 0, 0, b.readErr()
	}
	r, size = rune(b.buf[b.r]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.buf[b.r:b.w])
	}
	b.r += size
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = size
	return r, size, nil
}

// UnreadRune unreads the last rune; only valid right after ReadRune.
func (b *Reader) UnreadRune() error {
	if b.lastRuneSize < 0 || b.r < b.lastRuneSize {
		return ErrInvalidUnreadRune
	}
	b.r -= b.lastRuneSize
	b.lastByte = -1
	b.lastRuneSize = -1
	return nil
}

// ReadSlice reads until the first delim and returns a slice of the buffer
// (valid until the next read). ErrBufferFull when the buffer fills up
// without a delim; the underlying error when input ends first.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0 // bytes of buf[r:w] known not to hold delim
	for {
		if i := indexByte(b.buf[b.r+searched:b.w], delim); i >= 0 {
			end := b.r + searched + i + 1
			line = b.buf[b.r:end]
			b.r = end
			break
		}
		if b.err != nil {
			line = b.buf[b.r:b.w]
			b.r = b.w
			err = b.readErr()
			break
		}
		if b.Buffered() >= len(b.buf) {
			b.r = b.w
			line = b.buf
			err = ErrBufferFull
			break
		}
		searched = b.w - b.r
		b.fill()
	}
	if n := len(line); n > 0 {
		b.lastByte = int(line[n-1])
		b.lastRuneSize = -1
	}
	return
}

// ReadLine returns one line without its end ("\n" or "\r\n"). A line longer
// than the buffer comes in pieces, all but the last with isPrefix set.
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		// Keep a final '\r' for the next piece: it may start "\r\n".
		if n := len(line); n > 0 && line[n-1] == '\r' {
			if b.r == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.r--
			line = line[:n-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return
	}
	err = nil
	if line[len(line)-1] == '\n' {
		drop := 1
		if len(line) > 1 && line[len(line)-2] == '\r' {
			drop = 2
		}
		line = line[:len(line)-drop]
	}
	return
}

// readPieces reads until delim, collecting the full buffers that came
// before the final piece (which ends with delim, or at an error).
func (b *Reader) readPieces(delim byte) (full [][]byte, last []byte, total int, err error) {
	for {
		piece, e := b.ReadSlice(delim)
		if e == nil {
			last = piece
			break
		}
		if e != ErrBufferFull {
			last = piece
			err = e
			break
		}
		full = append(full, append([]byte(nil), piece...))
		total += len(piece)
	}
	total += len(last)
	return
}

// ReadBytes reads until the first delim and returns the bytes including
// it. Input that ends first gives the bytes read and the error (io.EOF).
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	full, last, total, err := b.readPieces(delim)
	out := make([]byte, 0, total)
	for _, p := range full {
		out = append(out, p...)
	}
	out = append(out, last...)
	return out, err
}

// ReadString is ReadBytes returning a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	full, last, total, err := b.readPieces(delim)
	var sb strings.Builder
	sb.Grow(total)
	for _, p := range full {
		sb.Write(p)
	}
	sb.Write(last)
	return sb.String(), err
}

// WriteTo writes everything left (buffered, then from the underlying
// reader) to w.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.lastByte = -1
	b.lastRuneSize = -1
	n, err = b.flushBuffered(w)
	if err != nil {
		return
	}
	if wt, ok := b.rd.(io.WriterTo); ok {
		m, err := wt.WriteTo(w)
		n += m
		return n, err
	}
	if rf, ok := w.(io.ReaderFrom); ok {
		m, err := rf.ReadFrom(b.rd)
		n += m
		return n, err
	}
	if b.w-b.r < len(b.buf) {
		b.fill()
	}
	for b.r < b.w {
		m, err := b.flushBuffered(w)
		n += m
		if err != nil {
			return n, err
		}
		b.fill()
	}
	if b.err == io.EOF {
		b.err = nil
	}
	return n, b.readErr()
}

// flushBuffered writes buf[r:w] to w.
func (b *Reader) flushBuffered(w io.Writer) (int64, error) {
	n, err := w.Write(b.buf[b.r:b.w])
	if n < 0 {
		panic(errors.New("bufio: writer returned negative count from Write"))
	}
	b.r += n
	return int64(n), err
}

// Writer implements buffering for an io.Writer. After a write error every
// later operation returns that error.
type Writer struct {
	err error
	buf []byte
	n   int
	wr  io.Writer
}

// NewWriterSize returns a Writer whose buffer has at least size bytes; w
// itself when it already is such a Writer.
func NewWriterSize(w io.Writer, size int) *Writer {
	if b, ok := w.(*Writer); ok && len(b.buf) >= size {
		return b
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

// NewWriter returns a Writer with the default buffer size (4096).
func NewWriter(w io.Writer) *Writer {
	return NewWriterSize(w, defaultBufSize)
}

// Size returns the size of the buffer.
func (b *Writer) Size() int { return len(b.buf) }

// Reset discards unflushed data and the error, and makes b write to w.
func (b *Writer) Reset(w io.Writer) {
	if b == w {
		return
	}
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.err = nil
	b.n = 0
	b.wr = w
}

// Flush writes the buffered data to the underlying writer.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	n, err := b.wr.Write(b.buf[:b.n])
	if n < b.n && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		if n > 0 && n < b.n {
			copy(b.buf[:b.n-n], b.buf[n:b.n])
		}
		b.n -= n
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

// Available returns the free space in the buffer.
func (b *Writer) Available() int { return len(b.buf) - b.n }

// AvailableBuffer returns an empty slice with the buffer's free space as
// capacity, for appending to and then passing to Write.
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.n:][:0] }

// Buffered returns the number of bytes written into the buffer.
func (b *Writer) Buffered() int { return b.n }

// Write writes p. When it returns n < len(p) the error says why.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.err == nil {
		var n int
		if b.Buffered() == 0 {
			// Nothing buffered: a large write goes straight through.
			n, b.err = b.wr.Write(p)
		} else {
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], p)
	b.n += n
	return nn + n, nil
}

// WriteString writes s.
func (b *Writer) WriteString(s string) (int, error) {
	var sw io.StringWriter
	direct := false
	nn := 0
	for len(s) > b.Available() && b.err == nil {
		var n int
		if b.Buffered() == 0 && sw == nil && !direct {
			sw, direct = b.wr.(io.StringWriter)
		}
		if b.Buffered() == 0 && direct {
			n, b.err = sw.WriteString(s)
		} else {
			n = copy(b.buf[b.n:], s)
			b.n += n
			b.Flush()
		}
		nn += n
		s = s[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], s)
	b.n += n
	return nn + n, nil
}

// WriteByte writes one byte.
func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune writes the UTF-8 encoding of r and returns its size.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if uint32(r) < utf8.RuneSelf {
		if err = b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.Available() < utf8.UTFMax {
		if b.Flush(); b.err != nil {
			return 0, b.err
		}
		if b.Available() < utf8.UTFMax {
			// A buffer smaller than a rune: go through WriteString.
			return b.WriteString(string(r))
		}
	}
	size = utf8.EncodeRune(b.buf[b.n:], r)
	b.n += size
	return size, nil
}

// ReadFrom reads r until EOF into the buffer, flushing as it fills. When
// the buffer is empty and the underlying writer is an io.ReaderFrom, the
// rest goes to its ReadFrom.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	rf, hasReadFrom := b.wr.(io.ReaderFrom)
	for {
		if b.Available() == 0 {
			if err := b.Flush(); err != nil {
				return n, err
			}
		}
		if hasReadFrom && b.Buffered() == 0 {
			m, err := rf.ReadFrom(r)
			b.err = err
			return n + m, err
		}
		m := 0
		empties := 0
		for ; empties < maxConsecutiveEmptyReads; empties++ {
			m, err = r.Read(b.buf[b.n:])
			if m != 0 || err != nil {
				break
			}
		}
		if empties == maxConsecutiveEmptyReads {
			return n, io.ErrNoProgress
		}
		if m < 0 {
			panic(errNegativeRead)
		}
		b.n += m
		n += int64(m)
		if err != nil {
			break
		}
	}
	if err == io.EOF {
		// A buffer filled exactly is flushed at once.
		if b.Available() == 0 {
			err = b.Flush()
		} else {
			err = nil
		}
	}
	return n, err
}

// ReadWriter combines a Reader and a Writer.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter returns a ReadWriter dispatching to r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter {
	return &ReadWriter{r, w}
}
