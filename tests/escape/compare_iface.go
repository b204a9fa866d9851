// Comparing an interface with a concrete value boxes the value (the box
// does not escape); switching on an interface boxes each case value.
package main

//go:noinline
func eq(i interface{}, n int) bool {
	return i == n
}

//go:noinline
func sw(i interface{}, n int) int {
	switch i {
	case 1, n:
		return 1
	case "two":
		return 2
	}
	return 0
}

//go:noinline
func swConcrete(n int, i interface{}) int {
	switch n {
	case 3:
		return 3
	case i:
		return 4
	}
	return 0
}

func main() {
	println(eq(1, 1), sw(2, 2), swConcrete(3, 3))
}
