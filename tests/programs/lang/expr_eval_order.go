package main

import "fmt"

var step int

func val(name string, v int) int {
	step++
	fmt.Printf("  %d: eval %s\n", step, name)
	return v
}

func idx(name string, v int) int { return val(name, v) }

func sum3(a, b, c int) int { return a + b + c }

func main() {
	fmt.Println("operands left to right:")
	r := val("a", 1) + val("b", 2)*val("c", 3)
	fmt.Println("=", r)
	fmt.Println("call arguments left to right:")
	fmt.Println("=", sum3(val("x", 1), val("y", 2), val("z", 3)))
	fmt.Println("composite literal elements in order:")
	s := []int{val("e0", 0), val("e1", 1)}
	fmt.Println("=", s)
	fmt.Println("assignment: index operands then right side:")
	arr := make([]int, 3)
	arr[idx("lhs index", 0)], arr[idx("lhs index2", 1)] = val("rhs1", 10), val("rhs2", 20)
	fmt.Println("=", arr)
	fmt.Println("map literal values in order:")
	m := map[string]int{"k1": val("v1", 1), "k2": val("v2", 2)}
	fmt.Println("=", len(m))
	fmt.Println("method receiver and arguments:")
	type acc struct{ n int }
	get := func(name string) *acc { val(name, 0); return &acc{} }
	a := get("receiver")
	a.n = val("field value", 5)
	fmt.Println("=", a.n)
	fmt.Println("short-circuit skips evaluation:")
	if val("left", 0) == 1 && val("right", 1) == 1 {
		fmt.Println("not printed")
	}
	fmt.Println("op-assign evaluates index once:")
	arr[idx("op index", 2)] += val("op value", 7)
	fmt.Println("=", arr)
}
