// Channels are comparable: two channel values are equal when they were made
// by the same make. They can be map keys.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	c := a
	fmt.Println(a == b, a == c, b != c)

	names := map[chan int]string{a: "a", b: "b"}
	fmt.Println(names[c], len(names))
	names[c] = "a again"
	fmt.Println(names[a], len(names))

	var ro <-chan int = a
	fmt.Println("receive-only view equals:", ro == a)

	var x, y any = a, c
	fmt.Println("in interfaces:", x == y)
	var z any = b
	fmt.Println("different:", x == z)

	type holder struct{ ch chan int }
	fmt.Println("struct compare:", holder{a} == holder{c}, holder{a} == holder{b})
}
