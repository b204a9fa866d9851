// fmt.Println's parameter leaks its content: the boxed arguments escape, the
// implicit ... slice does not.
package main

import "fmt"

type P struct{ A, B int }

func main() {
	x := 42
	s := "hello"
	p := &P{7, 8}
	var q P
	fmt.Println(x, s, p, q)
	fmt.Println()
	fmt.Printf("%d %v\n", x, q)
	fmt.Print(x, "\n")
}
