package main

import "fmt"

type Grid struct {
	cells [4]int
}

// At indexes a fixed-size array with a variable, so the check happens at run time.
func (g *Grid) At(i int) int {
	return g.cells[i]
}

func main() {
	g := &Grid{cells: [4]int{10, 20, 30, 40}}
	for i := 0; i < 6; i++ {
		fmt.Println(i, g.At(i))
	}
}
