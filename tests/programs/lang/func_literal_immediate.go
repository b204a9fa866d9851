package main

import "fmt"

var computed = func() []int {
	out := []int{}
	for i := 0; i < 5; i++ {
		out = append(out, i*i)
	}
	return out
}()

func main() {
	fmt.Println(computed)
	v := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(v)
	func() {
		fmt.Println("immediately invoked, no args")
	}()
	msg := func(name string) string {
		return "hi " + name
	}("gopher")
	fmt.Println(msg)
	// returning a func from an immediately invoked literal
	next := func() func() int {
		n := 0
		return func() int { n += 2; return n }
	}()
	fmt.Println(next(), next(), next())
	x := 10
	func() {
		x := x * 2 // shadows, initialized from outer x
		x++
		fmt.Println("inner x:", x)
	}()
	fmt.Println("outer x:", x)
	func(vals ...string) {
		fmt.Println("variadic literal:", len(vals), vals)
	}("a", "b", "c")
	result := func() (r int) {
		defer func() { r *= 2 }()
		return 21
	}()
	fmt.Println(result)
	fmt.Println(func() bool { return true }() && !func() bool { return false }())
}
