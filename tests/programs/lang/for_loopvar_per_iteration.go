package main

import "fmt"

func main() {
	// Each iteration has its own i (Go 1.22): closures see distinct values.
	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Print("i=", i, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()
	// Deferred closures in a loop also capture per-iteration values.
	func() {
		for i := range 3 {
			defer func() { fmt.Print("deferred ", i, "; ") }()
		}
	}()
	fmt.Println()
	// Taking the address gives a different variable each iteration.
	var addrs []*int
	for i := 0; i < 3; i++ {
		addrs = append(addrs, &i)
	}
	for _, a := range addrs {
		fmt.Print(*a, " ")
	}
	fmt.Println()
	// The copy happens before the post statement: a closure created in
	// iteration k sees increments the body made, but not the post statement.
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
		if i == 1 {
			i += 0
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// Range loops: key and value are per-iteration as well.
	var pairs []func() string
	for k, v := range map[string]int{"only": 1} {
		pairs = append(pairs, func() string { return fmt.Sprint(k, v) })
	}
	for i, v := range []string{"a", "b"} {
		pairs = append(pairs, func() string { return fmt.Sprint(i, v) })
	}
	for _, p := range pairs {
		fmt.Print(p(), " ")
	}
	fmt.Println()
}
