// fmt.Sprintf: the format does not escape, the operands' boxes do; the
// result is a fresh string.
package main

import "fmt"

type Point struct{ X, Y int }

//go:noinline
func label(p Point, name string) string {
	return fmt.Sprintf("%s=(%d,%d)", name, p.X, p.Y)
}

//go:noinline
func describe(p *Point) string {
	s := fmt.Sprint(p, *p)
	return s + "!"
}

func main() {
	p := Point{1, 2}
	fmt.Println(label(p, "p"), describe(&p))
}
