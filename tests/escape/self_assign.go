// Assignments that store nothing new into the object are ignored (and
// reported at -m).
package main

type Buffer struct {
	buf  []byte
	x, y *int
	arr  [4]*int
}

//go:noinline
func (b *Buffer) Trim(n int) {
	b.buf = b.buf[n:]
}

//go:noinline
func (b *Buffer) Swap() {
	b.x = b.y
}

//go:noinline
func (b *Buffer) Shift(i int) {
	b.arr[i] = b.arr[i+1]
}

func main() {
	b := &Buffer{buf: []byte("hello")}
	b.Trim(1)
	b.Swap()
	b.Shift(0)
	println(len(b.buf))
}
