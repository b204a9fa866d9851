// The address of a variable declared inside a loop assigned to a variable
// declared outside it: the inner variable must outlive its iteration.
package main

//go:noinline
func f() int {
	var p *int
	for i := 0; i < 3; i++ {
		x := i
		p = &x
	}
	return *p
}

//go:noinline
func g() int {
	sum := 0
	for i := 0; i < 3; i++ {
		x := i
		q := &x
		sum += *q
	}
	return sum
}

func main() { println(f(), g()) }
