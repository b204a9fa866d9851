package main

import "fmt"

func show(label string, v int) { fmt.Println(label, v) }

func trace(name string) string {
	fmt.Println("enter", name)
	return name
}

func un(name string) { fmt.Println("leave", name) }

func work() {
	defer un(trace("work")) // trace runs now, un runs at the end
	fmt.Println("in work")
}

func main() {
	x := 1
	defer show("deferred with x evaluated at defer time:", x)
	defer func() { fmt.Println("closure sees final x:", x) }()
	x = 2
	p := &x
	defer func(v int, ptr *int) { fmt.Println("param copy:", v, "through pointer:", *ptr) }(x, p)
	x = 3
	s := []int{1, 2, 3}
	defer fmt.Println("slice header copied, contents shared:", s)
	s[0] = 100
	s = append(s, 4) // new slice value is not seen by the deferred call
	work()
	fn := func() { fmt.Println("first fn") }
	defer fn() // the function value is evaluated now
	fn = func() { fmt.Println("second fn") }
	fn()
	fmt.Println("main end, x =", x)
}
