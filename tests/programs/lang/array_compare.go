package main

import "fmt"

type P struct{ X, Y int }

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println("a==b:", a == b, "a==c:", a == c, "a!=c:", a != c)
	s1 := [2]string{"go", "lang"}
	s2 := [2]string{"go", "lan" + "g"}
	fmt.Println("strings:", s1 == s2)
	p1 := [2]P{{1, 2}, {3, 4}}
	p2 := [2]P{{1, 2}, {3, 4}}
	p2[1].Y++
	fmt.Println("structs:", p1 == p2)
	p2[1].Y--
	fmt.Println("structs again:", p1 == p2)
	m1 := [2][2]int{{1, 2}, {3, 4}}
	m2 := m1
	fmt.Println("nested:", m1 == m2)
	m2[1][1] = 0
	fmt.Println("nested changed:", m1 == m2)
	var e1, e2 [0]int
	fmt.Println("empty:", e1 == e2)
	f1 := [2]float64{0, 1}
	negZero := 0.0
	negZero = -negZero
	f2 := [2]float64{negZero, 1}
	fmt.Println("float -0 == 0:", f1 == f2)
	i1 := [2]any{1, "x"}
	i2 := [2]any{1, "x"}
	fmt.Println("interfaces:", i1 == i2)
	// arrays as map keys
	seen := map[[2]int]bool{}
	seen[[2]int{1, 2}] = true
	fmt.Println("lookup:", seen[[2]int{1, 2}], seen[[2]int{2, 1}])
}
