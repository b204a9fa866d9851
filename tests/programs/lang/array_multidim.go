package main

import "fmt"

func main() {
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*10 + j
		}
	}
	fmt.Println(grid)
	fmt.Println(len(grid), len(grid[0]))
	for _, row := range grid {
		sum := 0
		for _, v := range row {
			sum += v
		}
		fmt.Println("row", row, "sum", sum)
	}
	// transpose
	var t [4][3]int
	for i, row := range grid {
		for j, v := range row {
			t[j][i] = v
		}
	}
	fmt.Println("transposed:", t)
	// identity matrix and multiply
	id := [3][3]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	m := [3][3]float64{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	var r [3][3]float64
	for i := range 3 {
		for j := range 3 {
			for k := range 3 {
				r[i][j] += m[i][k] * id[k][j]
			}
		}
	}
	fmt.Println("m*id == m:", r == m)
	cube := [2][2][2]string{{{"a", "b"}, {"c", "d"}}, {{"e", "f"}, {"g", "h"}}}
	fmt.Println(cube, cube[1][0][1])
	p := &grid[1]
	p[2] = -1
	fmt.Println(grid[1])
}
