package main

import (
	"fmt"
	"strings"
)

func main() {
	// jagged triangle (Pascal)
	tri := make([][]int, 6)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	for _, row := range tri {
		fmt.Println(row)
	}
	// matrix sharing one backing array
	w, h := 3, 2
	backing := make([]int, w*h)
	m := make([][]int, h)
	for i := range m {
		m[i] = backing[i*w : (i+1)*w]
	}
	m[1][2] = 9
	m[0][0] = 1
	fmt.Println(m, backing)
	// appending to an inner slice
	g := [][]string{{"a"}, {}}
	g[1] = append(g[1], "b", "c")
	g = append(g, []string{"d"})
	fmt.Println(g, len(g), len(g[1]))
	var sb strings.Builder
	for _, row := range g {
		sb.WriteString(strings.Join(row, "+"))
		sb.WriteString(";")
	}
	fmt.Println(sb.String())
	var nilRows [][]int
	nilRows = append(nilRows, nil, []int{1})
	fmt.Println(nilRows, nilRows[0] == nil, len(nilRows))
	lit := [][]int{{1, 2}, {3}, nil, {}}
	for i, r := range lit {
		fmt.Println(i, r, len(r), r == nil)
	}
}
