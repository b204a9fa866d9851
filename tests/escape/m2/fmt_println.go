// -m=2 of fmt.Println's operands. Go inlines fmt.Println into
// fmt.Fprintln(os.Stdout, a...) and explains the flows through the inlined
// body (fmt.a := ... argument); the -m lines are the same without inlining.
package main

import "fmt"

//go:noinline
func show(v int, name string) {
	fmt.Println(v, name)
}

func main() {
	show(3, "x")
}
