package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type Closer interface{ Close() error }

type ReadWriter interface {
	Reader
	Writer
}

type ReadWriteCloser interface {
	ReadWriter
	Closer
	Read() string // duplicate method from embedded interface is allowed
}

type Buffer struct {
	data   []string
	closed bool
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buffer) Write(s string) int { b.data = append(b.data, s); return len(s) }
func (b *Buffer) Close() error       { b.closed = true; return nil }

func main() {
	buf := &Buffer{}
	var rwc ReadWriteCloser = buf
	var rw ReadWriter = rwc // implicit conversion to smaller interface
	var w Writer = rw
	fmt.Println(w.Write("hello"), w.Write("world"))
	fmt.Println(rw.Read(), rwc.Read(), rwc.Read() == "")
	fmt.Println(rwc.Close(), buf.closed)
	// assert back to the larger interface
	if c, ok := w.(Closer); ok {
		fmt.Println("writer is also a closer:", c.Close())
	}
	_, isStringer := w.(fmt.Stringer)
	fmt.Println("is Stringer:", isStringer)
	var r Reader = rwc
	fmt.Println(strings.ToUpper(r.Read() + "<empty"))
	fmt.Printf("%T\n", rw)
}
