package main

import "fmt"

func kind(r rune) string {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t', '\n':
		return "space"
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return "digit"
	}
	return "other" // no case matched and no default
}

type Op int

const (
	Add Op = iota
	Sub
	Mul
	Div
)

func main() {
	for _, r := range "go 1 eu!" {
		fmt.Printf("%q %s\n", r, kind(r))
	}
	x := 42
	switch x {
	case 1, 2, 3:
		fmt.Println("small")
	}
	fmt.Println("no match, no default: nothing printed above")
	for _, op := range []Op{Add, Mul, Div, Op(9)} {
		switch op {
		case Add, Sub:
			fmt.Println(op, "additive")
		case Mul, Div:
			fmt.Println(op, "multiplicative")
		default:
			fmt.Println(op, "unknown")
		}
	}
	// case expressions can be non-constant
	a, b := 5, 10
	switch v := 10; v {
	case a * 2:
		fmt.Println("matched a*2")
	case b:
		fmt.Println("matched b (not reached)")
	}
	// switch on types that are comparable: arrays, structs
	type P struct{ X, Y int }
	switch (P{1, 2}) {
	case P{2, 1}:
		fmt.Println("swapped")
	case P{1, 2}:
		fmt.Println("exact struct match")
	}
	// constant arithmetic is exact, so this matches
	switch f := 0.1 + 0.2; f {
	case 0.3:
		fmt.Println("constant 0.1+0.2 matches 0.3")
	default:
		fmt.Println("constant not 0.3:", f)
	}
	// run-time float arithmetic is not
	p1, p2 := 0.1, 0.2
	switch f := p1 + p2; f {
	case 0.3:
		fmt.Println("run-time 0.3")
	default:
		fmt.Println("run-time float not exactly 0.3:", f)
	}
}
