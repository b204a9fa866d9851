// Closure capture: by value when never reassigned after capture, not
// address-taken and at most 128 bytes; by reference otherwise.
package main

type Big struct{ a [17]int }

var sink func() int

//go:noinline
func byValue() {
	x := 1
	sink = func() int { return x }
}

//go:noinline
func reassigned() {
	y := 1
	sink = func() int { return y }
	y = 2
}

//go:noinline
func addrTaken() {
	z := 1
	p := &z
	sink = func() int { return *p + z }
}

//go:noinline
func big() {
	var b Big
	sink = func() int { return b.a[0] }
}

//go:noinline
func before() {
	w := 1
	w = 2
	sink = func() int { return w }
}

func main() {
	byValue()
	reassigned()
	addrTaken()
	big()
	before()
	println(sink())
}
