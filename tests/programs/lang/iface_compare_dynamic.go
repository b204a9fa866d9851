package main

import "fmt"

type A int
type B int

type K struct {
	S string
	N int
}

func main() {
	var x, y any
	x, y = A(1), B(1)
	fmt.Println("A(1) == B(1):", x == y)
	x, y = A(1), A(1)
	fmt.Println("A(1) == A(1):", x == y)
	x, y = 1, 1.0
	fmt.Println("int 1 == float 1:", x == y)
	x, y = "go", "g"+"o"
	fmt.Println("strings:", x == y)
	x, y = K{"a", 1}, K{"a", 1}
	fmt.Println("structs:", x == y)
	x, y = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println("arrays:", x == y)
	// an interface compared with a concrete value
	var s fmt.Stringer
	fmt.Println("nil Stringer == nil:", s == nil)
	var e any = K{"b", 2}
	fmt.Println("any == K literal:", e == K{"b", 2}, e != K{"b", 3})
	// uncomparable dynamic types panic only when compared
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var m1, m2 any = map[int]int{}, map[int]int{}
		fmt.Println(m1 == m2)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var f1, f2 any = func() {}, func() {}
		fmt.Println(f1 == f2)
	}()
	// different dynamic types compare unequal without panicking
	var sl any = []int{1}
	var n any = 1
	fmt.Println("slice vs int:", sl == n)
	// switch on interface value uses ==
	for _, v := range []any{1, "1", A(1), 1.5} {
		switch v {
		case 1:
			fmt.Printf("%v %T matched int 1\n", v, v)
		case "1":
			fmt.Printf("%v %T matched string\n", v, v)
		case A(1):
			fmt.Printf("%v %T matched A(1)\n", v, v)
		default:
			fmt.Printf("%v %T no match\n", v, v)
		}
	}
}
