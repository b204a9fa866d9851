// Range over integers, strings and maps.
package main

var sink *int

//go:noinline
func f(n int, s string, m map[string]*int) int {
	t := 0
	for i := range n {
		t += i
	}
	for i, r := range s {
		t += i + int(r)
	}
	for k, v := range m {
		sink = v
		t += len(k)
	}
	for i := range 3 {
		if i == 2 {
			sink = &i
		}
	}
	return t
}

func main() { println(f(3, "ab", nil)) }
