// Calling methods through interfaces: arguments of an interface method
// call leak (the callee is unknown); a method value of an interface.
package main

type Writer interface{ Write(p []byte) int }

type buf struct{ data []byte }

//go:noinline
func (b *buf) Write(p []byte) int {
	b.data = append(b.data, p...)
	return len(p)
}

//go:noinline
func emit(w Writer, n int) int {
	tmp := make([]byte, 4)
	tmp[0] = byte(n)
	return w.Write(tmp)
}

//go:noinline
func bound(w Writer) func([]byte) int {
	return w.Write
}

func main() {
	b := &buf{}
	println(emit(b, 1), bound(b)([]byte("xy")), len(b.data))
}
