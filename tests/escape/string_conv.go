// string <-> []byte conversions and concatenation allocate; non-escaping
// ones use a stack buffer; a []byte(s) never written through is zero-copy.
package main

var sinkS string
var sinkB []byte

//go:noinline
func f(b []byte, s string) int {
	t := string(b)
	u := []byte(s)
	sinkS = string(b)
	sinkB = []byte(s)
	v := s + t
	sinkS = s + t
	w := []byte(s)
	w[0] = 'x'
	return len(t) + len(u) + len(v) + len(w)
}

func main() { println(f([]byte("ab"), "cd")) }
