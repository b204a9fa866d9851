// All channel operands and send values of a select are evaluated once, in
// source order, on entry to the select — even for cases not chosen.
package main

import "fmt"

var trace []string

func ch(name string, c chan int) chan int {
	trace = append(trace, "chan "+name)
	return c
}

func val(name string, v int) int {
	trace = append(trace, "value "+name)
	return v
}

func main() {
	ready := make(chan int, 1)
	var never chan int
	select {
	case ch("A", never) <- val("A", 1):
		fmt.Println("A")
	case v := <-ch("B", never):
		fmt.Println("B", v)
	case ch("C", ready) <- val("C", 3):
		fmt.Println("C chosen")
	}
	fmt.Println(trace)
	fmt.Println("buffered value:", <-ready)

	// The left-hand side of a receive assignment is only evaluated if chosen.
	m := map[string]int{}
	key := func(k string) string { trace = append(trace, "key "+k); return k }
	trace = nil
	ready <- 9
	select {
	case m[key("x")] = <-ready:
	case m[key("y")] = <-never:
	}
	fmt.Println(trace, m)
}
