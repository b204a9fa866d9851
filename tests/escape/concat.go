// String concatenation: one allocation for a whole chain; += is an
// assignment of a concatenation Go does not report.
package main

var sink string

//go:noinline
func f(a, b, c string) string {
	s := a + b + c
	t := a + (b + c)
	u := "x" + a + "y"
	sink = s + t
	v := a
	v += b
	return u + v
}

func main() { println(f("1", "2", "3")) }
