package strings

import "unicode/utf8"

// Builder builds a string with appends, copying as little as possible.
// String returns a view of the buffer without copying (through the native
// bytesView; safe because the bytes already written are never modified:
// appends go past them, and growing moves to a new array).
//
// Go's Builder also panics when a non-zero Builder is copied by value
// (through the addr field); Goroscope keeps the field but does not check,
// since the self-pointer would force every Builder onto the heap.
type Builder struct {
	addr *Builder
	buf  []byte
}

// String returns the accumulated string.
func (b *Builder) String() string { return bytesView(b.buf) }

// bytesView returns a string sharing b's bytes (Go's unsafe.String).
func bytesView(b []byte) string

func (b *Builder) Len() int { return len(b.buf) }

func (b *Builder) Cap() int { return cap(b.buf) }

func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

// Grow guarantees room for n more bytes; the new capacity is twice the old
// one plus n, as in Go.
func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(buf, b.buf)
		b.buf = buf
	}
}

func (b *Builder) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *Builder) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends r's UTF-8 encoding (U+FFFD for an invalid rune).
func (b *Builder) WriteRune(r rune) (int, error) {
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}
