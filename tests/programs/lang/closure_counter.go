package main

import "fmt"

func makeCounter() (func() int, func()) {
	count := 0
	inc := func() int {
		count++
		return count
	}
	reset := func() { count = 0 }
	return inc, reset
}

func makeAdder(base int) func(int) int {
	return func(x int) int {
		base += x // captured parameter is mutable state
		return base
	}
}

func main() {
	c1, r1 := makeCounter()
	c2, _ := makeCounter()
	fmt.Println(c1(), c1(), c1())
	fmt.Println(c2(), c2())
	r1()
	fmt.Println("after reset:", c1(), "c2 unaffected:", c2())
	add := makeAdder(100)
	fmt.Println(add(1), add(10), add(100))
	// closure sees later changes to captured variable
	x := 1
	show := func() int { return x }
	x = 2
	fmt.Println("captured by reference:", show())
	// closure modifies outer var
	total := 0
	accumulate := func(n int) { total += n }
	for i := 1; i <= 4; i++ {
		accumulate(i)
	}
	fmt.Println("total:", total)
	// generator of fibonacci numbers
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
}
