// Switch statements with init statements, fallthrough and no tag.
package main

var sink *int

//go:noinline
func f(n int) int {
	switch x := n * 2; {
	case x > 10:
		sink = &x
		return 1
	case x > 5:
		fallthrough
	default:
		y := x
		return y
	}
}

//go:noinline
func g(n int) int {
	switch n {
	case 1:
		a := 1
		return a
	case 2, 3:
		b := 2
		p := &b
		return *p
	}
	return 0
}

func main() { println(f(3), g(2)) }
