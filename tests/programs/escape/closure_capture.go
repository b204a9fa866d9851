// Closures capture by value (variables never reassigned after the capture)
// or by reference (reassigned or address-taken variables), whether the
// closure stays in the frame or escapes.
package main

import "fmt"

//go:noinline
func apply(f func(int) int, v int) int { return f(v) }

func local() {
	base := 10  // never reassigned: captured by value
	count := 0  // reassigned inside: captured by reference
	scale := 2  // reassigned after the capture: by reference
	add := func(v int) int {
		count++
		return v*scale + base
	}
	fmt.Println(apply(add, 1), count)
	scale = 3
	fmt.Println(apply(add, 1), count)
	p := &count
	*p += 100
	fmt.Println(apply(add, 2), count)
}

func counter() (func() int, func() int) {
	n := 0 // shared by two escaping closures: a heap variable
	inc := func() int { n++; return n }
	get := func() int { return n }
	return inc, get
}

func big() int {
	var arr [40]int // 320 bytes: too large to capture by value
	for i := range arr {
		arr[i] = i
	}
	sum := func() int {
		s := 0
		for _, v := range arr {
			s += v
		}
		return s
	}
	arr[0] = 1000
	return sum()
}

type S struct{ a, b, c int }

func structs() int {
	s := S{1, 2, 3} // captured by value (24 bytes, never reassigned)
	t := S{4, 5, 6}
	f := func() int { return s.a + s.b + s.c + t.a }
	t.a = 40 // t is reassigned: by reference
	return f()
}

func nested() int {
	x := 1
	y := 5
	outer := func() int {
		inner := func() int {
			x += y
			return x
		}
		inner()
		return inner()
	}
	r := outer()
	return r*100 + x
}

func recursive(n int) int {
	// A closure in the frame, called recursively through a variable.
	var fib func(int) int
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	return fib(n)
}

func main() {
	local()
	inc, get := counter()
	inc()
	inc()
	fmt.Println(get())
	fmt.Println(big())
	fmt.Println(structs())
	fmt.Println(nested())
	fmt.Println(recursive(20))
}
