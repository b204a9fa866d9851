// Appending to byte slices: a string's bytes are copied, the slice itself
// flows to the result.
package main

//go:noinline
func appendStr(b []byte, s string) []byte {
	return append(b, s...)
}

//go:noinline
func build(n int) string {
	buf := make([]byte, 0, 32)
	for i := 0; i < n; i++ {
		buf = append(buf, 'a')
	}
	return string(buf)
}

func main() {
	b := appendStr(nil, "xy")
	println(len(b), build(3))
}
