// -m=2: allocations forced to the heap by their size, with the reasons.
package main

//go:noinline
func nonConst(n int) int {
	s := make([]int, n)
	return len(s)
}

//go:noinline
func tooLarge() int {
	s := make([]byte, 70000)
	return len(s)
}

//go:noinline
func bigNew() int {
	p := new([9000]int)
	return p[1]
}

//go:noinline
func bigVar() int {
	var a [11 << 20]byte
	a[5] = 1
	return int(a[5])
}

func main() {
	println(nonConst(3), tooLarge(), bigNew(), bigVar())
}
