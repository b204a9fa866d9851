// Conversions Go optimizes: string(b) as a map key, in a comparison or a
// concatenation operand; ranging over []byte(s).
package main

//go:noinline
func lookup(m map[string]int, b []byte) int {
	return m[string(b)]
}

//go:noinline
func equal(b []byte, s string) bool {
	return string(b) == s
}

//go:noinline
func concat(b []byte, s string) string {
	return string(b) + s
}

//go:noinline
func count(s string) int {
	n := 0
	for _, c := range []byte(s) {
		if c == 'a' {
			n++
		}
	}
	return n
}

func main() {
	m := map[string]int{"k": 1}
	println(lookup(m, []byte("k")), equal([]byte("x"), "x"), concat([]byte("a"), "b"), count("banana"))
}
