package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B Point
}

func main() {
	pts := []Point{{1, 2}, {3, 4}, {X: 5}}
	fmt.Println(pts)
	byName := map[string]Point{"a": {1, 2}, "b": {Y: 9}}
	fmt.Println(byName)
	arr := [...]int{5: 1}
	fmt.Println(arr, len(arr))
	ptrs := []*Point{{1, 2}, {3, 4}} // &Point elided
	fmt.Println(*ptrs[0], ptrs[1].X, len(ptrs))
	nested := [][]int{{1}, {2, 3}, {}}
	fmt.Println(nested)
	lines := []Line{{Point{0, 0}, Point{1, 1}}, {A: Point{2, 2}, B: Point{3, 3}}, {B: Point{Y: 1}}}
	fmt.Println(lines)
	keys := map[Point]string{{1, 2}: "p12", {0, 0}: "origin"}
	fmt.Println(keys[Point{1, 2}], keys[Point{}])
	mapOfSlices := map[string][]Point{"path": {{0, 0}, {1, 0}}}
	fmt.Println(mapOfSlices)
	arrOfMaps := [2]map[string]int{{"a": 1}, {"b": 2}}
	fmt.Println(arrOfMaps)
	ptrMap := map[string]*Point{"p": {7, 8}}
	fmt.Println(ptrMap["p"].Y)
	grid := [2][2]Point{{{1, 1}, {1, 2}}, {{2, 1}, {2, 2}}}
	fmt.Println(grid)
	anon := []struct {
		N string
		V int
	}{{"x", 1}, {N: "y"}}
	fmt.Println(anon)
	matrix := [][2]float64{{0.5, 1}, {1.5, 2}}
	fmt.Println(matrix)
	ptrArr := &[3]string{"a", "b", "c"}
	fmt.Println(ptrArr[1], len(ptrArr))
	nestedMap := map[string]map[string]int{"outer": {"inner": 1}}
	fmt.Println(nestedMap)
}
