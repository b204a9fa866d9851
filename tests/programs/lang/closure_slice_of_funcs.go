package main

import (
	"fmt"
	"strings"
)

type op struct {
	name string
	fn   func(float64, float64) float64
}

func main() {
	ops := []op{
		{"add", func(a, b float64) float64 { return a + b }},
		{"sub", func(a, b float64) float64 { return a - b }},
		{"mul", func(a, b float64) float64 { return a * b }},
		{"div", func(a, b float64) float64 { return a / b }},
	}
	for _, o := range ops {
		fmt.Println(o.name, o.fn(7, 2))
	}
	// pipeline of string transforms
	pipeline := []func(string) string{
		strings.TrimSpace,
		strings.ToUpper,
		func(s string) string { return strings.ReplaceAll(s, " ", "_") },
		func(s string) string { return "<" + s + ">" },
	}
	s := "  hello closure world "
	for i, f := range pipeline {
		s = f(s)
		fmt.Printf("step %d: %q\n", i, s)
	}
	// closures capturing different values built in a loop
	var mults []func(int) int
	for k := 1; k <= 4; k++ {
		mults = append(mults, func(x int) int { return x * k })
	}
	for _, m := range mults {
		fmt.Print(m(10), " ")
	}
	fmt.Println()
	var nilFn func()
	fmt.Println("nil func:", nilFn == nil)
	handlers := map[string]func() string{}
	for _, name := range []string{"x", "y"} {
		handlers[name] = func() string { return "handled " + name }
	}
	fmt.Println(handlers["x"](), handlers["y"]())
}
