package main

import "fmt"

const (
	Red = iota
	Green
	Blue
)

func main() {
	a := [...]int{5: 1}
	fmt.Println(a, len(a))
	b := [...]string{2: "c", 0: "a", "b"} // "b" goes after index 0
	fmt.Printf("%q %d\n", b, len(b))
	c := [5]int{1, 2}
	fmt.Println(c)
	d := [...]int{1, 2, 3, 9: 10, 11}
	fmt.Println(d, len(d))
	names := [...]string{Red: "red", Green: "green", Blue: "blue"}
	fmt.Println(names, names[Green])
	e := [...]float64{0.5, 1.5}
	fmt.Printf("%T %v\n", e, e)
	type pt struct{ x, y int }
	f := [...]pt{{1, 2}, 3: {x: 7}}
	fmt.Printf("%T %v\n", f, f)
	g := [2][3]int{1: {2: 9}}
	fmt.Println(g)
	s := []int{3: 4, 1: 2}
	fmt.Println(s, len(s), cap(s))
	fmt.Println([...]bool{true, 3: true})
	vowels := [128]bool{'a': true, 'e': true, 'i': true, 'o': true, 'u': true}
	n := 0
	for _, r := range "programming language" {
		if vowels[r] {
			n++
		}
	}
	fmt.Println("vowels:", n)
}
