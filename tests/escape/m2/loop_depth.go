// -m=2: the address of a variable declared inside a loop stored in a
// variable declared outside it.
package main

//go:noinline
func last(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		v := i * 2
		p = &v
	}
	if p == nil {
		return 0
	}
	return *p
}

//go:noinline
func all(n int) []*int {
	var out []*int
	for i := 0; i < n; i++ {
		out = append(out, &i)
	}
	return out
}

func main() {
	println(last(3), len(all(2)))
}
