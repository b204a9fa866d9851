package main

import "fmt"

// Since Go 1.22 each iteration of a for loop has its own loop variable.

func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println("distinct addresses:", ptrs[0] != ptrs[1], *ptrs[0], *ptrs[1], *ptrs[2])

	var rf []func() string
	for _, s := range []string{"a", "b", "c"} {
		rf = append(rf, func() string { return s })
	}
	for _, f := range rf {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Modifying the variable inside the body affects the copy carried into
	// the next iteration.
	var seen []func() int
	for i := 0; i < 6; i++ {
		seen = append(seen, func() int { return i })
		i++
	}
	for _, f := range seen {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// A closure that modifies the per-iteration variable.
	var incs []func() int
	for i := range 3 {
		incs = append(incs, func() int { i += 10; return i })
	}
	fmt.Println(incs[0](), incs[0](), incs[1](), incs[2]())

	// Variable declared outside the loop is still shared.
	var shared []func() int
	j := 0
	for j = 0; j < 3; j++ {
		shared = append(shared, func() int { return j })
	}
	fmt.Println(shared[0](), shared[1](), shared[2]())
}
