package main

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Name string
	Pos  Point
}

func main() {
	grid := map[Point]string{{0, 0}: "origin", {1, 2}: "a"}
	grid[Point{3, 4}] = "b"
	fmt.Println(grid)
	fmt.Println(grid[Point{1, 2}], grid[Point{X: 0}])
	_, ok := grid[Point{9, 9}]
	fmt.Println("9,9 present:", ok)
	nested := map[Key]int{}
	nested[Key{"x", Point{1, 1}}]++
	nested[Key{"x", Point{1, 1}}]++
	nested[Key{"y", Point{1, 1}}]++
	fmt.Println(nested, len(nested))
	arr := map[[3]int]string{}
	arr[[3]int{1, 2, 3}] = "abc"
	arr[[...]int{3, 2, 1}] = "cba"
	fmt.Println(arr, arr[[3]int{1, 2, 3}])
	strs := map[[2]string]bool{{"a", "b"}: true}
	fmt.Println(strs[[2]string{"a", "b"}], strs[[2]string{"b", "a"}])
	type flags struct {
		a, b bool
		n    int8
	}
	fm := map[flags]int{{true, false, 1}: 10, {false, true, 1}: 20}
	fmt.Println(fm[flags{true, false, 1}], fm[flags{false, true, 1}], fm[flags{}])
	fk := map[float64]string{0.5: "half", 1: "one"}
	fmt.Println(fk[0.5], fk[1.0], fk)
	bk := map[bool]int{true: 1, false: 0}
	fmt.Println(bk)
}
