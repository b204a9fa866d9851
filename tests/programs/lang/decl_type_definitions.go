package main

import "fmt"

// Defined types over many underlying types; conversions between types
// with the same underlying type.

type ID int64
type Name string
type Scores []int
type Lookup map[string]int
type Handler func(int) int
type Grid [2][2]int
type Pair struct{ A, B int }
type OtherPair struct{ A, B int }

// Grouped type declarations.
type (
	Flag  bool
	Ratio float32
)

func main() {
	var id ID = 1 << 40
	fmt.Printf("%v %T\n", id, id)
	nm := Name("gopher")
	fmt.Printf("%v %T len=%d\n", nm, nm, len(nm))
	sc := Scores{1, 2, 3}
	sc = append(sc, 4)
	fmt.Printf("%v %T len=%d\n", sc, sc, len(sc))
	lk := Lookup{"a": 1}
	lk["b"] = 2
	fmt.Printf("%v %T\n", lk, lk)
	var h Handler = func(x int) int { return x * x }
	fmt.Printf("h(9)=%d %T\n", h(9), h)
	g := Grid{{1, 2}, {3, 4}}
	fmt.Printf("%v %T\n", g, g)

	p := Pair{1, 2}
	op := OtherPair(p) // same underlying struct type
	fmt.Printf("%+v %T\n", op, op)

	raw := []int(sc)
	fmt.Printf("%v %T\n", raw, raw)

	var f Flag = true
	var r Ratio = 0.5
	fmt.Printf("%v %T %v %T\n", f, f, r, r)
	fmt.Println(string(nm) + "!")
	fmt.Println(id+1, nm+"s")
}
