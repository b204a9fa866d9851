// Escape analysis: converting a value to an interface (as fmt.Println's
// ...any parameter does) usually makes it escape, because the callee may keep it.
package main

import "fmt"

type celsius float64

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	nums := []int{1, 2, 3} // does not escape: sum only reads it
	total := sum(nums)
	var t celsius = 21.5
	fmt.Println("total", total, "temperature", t) // total and t escape to the heap
}
