// -m=2: string conversions and concatenation, kept and returned.
package main

var saved string

//go:noinline
func concat(a, b string) string {
	return a + b
}

//go:noinline
func bytesOf(s string) int {
	b := []byte(s)
	return len(b)
}

//go:noinline
func keepStr(b []byte) {
	saved = string(b)
}

//go:noinline
func runes(s string) []rune {
	return []rune(s)
}

func main() {
	println(concat("a", "b"), bytesOf("xyz"))
	keepStr([]byte("q"))
	println(saved, len(runes("hé")))
}
