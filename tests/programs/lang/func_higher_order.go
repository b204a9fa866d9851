package main

import "fmt"

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func twice(f func(int) int) func(int) int { return compose(f, f) }

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

func fold(xs []int, init int, f func(acc, x int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func square(x int) int { return x * x }

func main() {
	xs := []int{1, 2, 3, 4}
	fmt.Println(apply(xs, square))
	fmt.Println(apply(xs, func(x int) int { return -x }))
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(inc, square)(3), compose(square, inc)(3))
	fmt.Println(twice(twice(inc))(0), twice(square)(3))
	add := curry(func(a, b int) int { return a + b })
	add5 := add(5)
	fmt.Println(add5(1), add5(10), add(1)(2))
	fmt.Println(fold(xs, 0, func(a, x int) int { return a + x }))
	fmt.Println(fold(xs, 1, func(a, x int) int { return a * x }))
	var f func(int) int = square // function as value
	fmt.Printf("%T %d\n", f, f(9))
	fns := map[string]func(int) int{"sq": square, "inc": inc}
	fmt.Println(fns["sq"](fns["inc"](4)))
	type BinOp func(int, int) int
	var mul BinOp = func(a, b int) int { return a * b }
	fmt.Println(fold(xs, 1, mul))
}
