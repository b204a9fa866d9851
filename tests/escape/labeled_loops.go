// Labeled loops with break and continue: labels used only by break and
// continue do not add loop depth.
package main

var sink *int

//go:noinline
func f(n int) *int {
	var keep *int
outer:
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			v := i * j
			if v > 2 {
				keep = &v
				break outer
			}
			if j > i {
				continue outer
			}
		}
	}
	return keep
}

func main() { println(f(3) != nil) }
