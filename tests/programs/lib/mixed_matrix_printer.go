package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := make(Matrix, len(a))
	for i := range a {
		out[i] = make([]float64, len(b[0]))
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func (a Matrix) Print(title string, width, prec int) {
	fmt.Println(title)
	line := "+" + strings.Repeat("-", len(a[0])*(width+1)+1) + "+"
	fmt.Println(line)
	for _, row := range a {
		fmt.Print("| ")
		for _, v := range row {
			fmt.Printf("%*.*f ", width, prec, v)
		}
		fmt.Println("|")
	}
	fmt.Println(line)
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	a.Print("A", 6, 1)
	b.Print("B", 6, 1)
	a.Mul(b).Print("A x B", 8, 2)
	identity(3).Print("I3", 4, 0)
	rot := Matrix{{0, -1}, {1, 0}}
	r := identity(2)
	for i := 1; i <= 4; i++ {
		r = r.Mul(rot)
		fmt.Printf("rot^%d = %v\n", i, r)
	}
	h := make(Matrix, 4)
	for i := range h {
		h[i] = make([]float64, 4)
		for j := range h[i] {
			h[i][j] = 1 / float64(i+j+1)
		}
	}
	h.Print("Hilbert 4", 9, 5)
	fmt.Printf("%v\n%6.3v\n", a, h[3])
	for i := 1; i <= 5; i++ {
		for j := 1; j <= 5; j++ {
			fmt.Printf("%4d", i*j)
		}
		fmt.Println()
	}
}
