package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	From, To Point
	Label    string
}

type private struct {
	name  string
	count int
	ratio float64
	tags  []string
	meta  map[string]int
	flag  bool
}

type Mixed struct {
	Public string
	hidden int
	Any    interface{}
	Err    error
}

func main() {
	p := Point{1, -2}
	fmt.Println(p)
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	l := Line{Point{0, 0}, Point{3, 4}, "diag"}
	fmt.Println(l)
	fmt.Printf("%+v\n%#v\n", l, l)
	pr := private{"n", 3, 0.5, []string{"a", "b"}, map[string]int{"y": 2, "x": 1}, true}
	fmt.Println(pr)
	fmt.Printf("%+v\n%#v\n", pr, pr)
	var zero private
	fmt.Printf("%v\n%+v\n%#v\n", zero, zero, zero)
	m := Mixed{Public: "pub", hidden: 9, Any: 42}
	fmt.Printf("%v\n%+v\n%#v\n", m, m, m)
	m.Any = "str"
	fmt.Printf("%#v\n", m)
	m.Any = Point{5, 6}
	fmt.Printf("%v %+v\n", m, m)
	empty := struct{}{}
	fmt.Printf("%v %+v %#v %T\n", empty, empty, empty, empty)
	anon := struct {
		A int
		B string
	}{7, "seven"}
	fmt.Printf("%v %+v %#v %T\n", anon, anon, anon, anon)
	pts := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v %#v\n", pts, pts, pts)
	fmt.Printf("%d %x %5d\n", p, Point{255, 16}, p)
	fmt.Printf("%s\n", l)
	arr := [2]Point{}
	fmt.Printf("%#v\n", arr)
}
