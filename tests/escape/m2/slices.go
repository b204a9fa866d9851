// -m=2: slice literals, slicing a local array, appending pointers.
package main

var keep []*int
var keepB []byte

//go:noinline
func lit() int {
	a, b := 1, 2
	s := []*int{&a, &b}
	return *s[0] + *s[1]
}

//go:noinline
func leakLit() {
	a := 1
	keep = []*int{&a}
}

//go:noinline
func sliceArr() {
	var buf [16]byte
	keepB = buf[:4]
}

//go:noinline
func appendPtr(s []*int) []*int {
	v := 3
	return append(s, &v)
}

func main() {
	println(lit())
	leakLit()
	sliceArr()
	println(len(appendPtr(nil)))
}
