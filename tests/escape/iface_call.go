// A method call through an interface has an unknown callee: the receiver and
// the arguments leak to the heap.
package main

type Writer interface {
	Write(p []byte) (int, error)
}

type Buf struct{ data []byte }

//go:noinline
func (b *Buf) Write(p []byte) (int, error) {
	b.data = append(b.data, p...)
	return len(p), nil
}

//go:noinline
func emit(w Writer, s string) {
	w.Write([]byte(s))
}

//go:noinline
func direct(b *Buf, s string) {
	b.Write([]byte(s))
}

func main() {
	var b Buf
	emit(&b, "x")
	var c Buf
	direct(&c, "y")
	println(len(b.data), len(c.data))
}
