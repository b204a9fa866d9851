package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	a := [3]string{"x", "y z", ""}
	fmt.Println(s, a)
	fmt.Printf("%v %+v %#v %T\n", s, s, s, s)
	fmt.Printf("%v %+v %#v %T\n", a, a, a, a)
	fmt.Printf("%d %x %03d %5d|\n", s, s, s, s)
	fmt.Printf("%q %s\n", a, a)
	var ns []int
	fmt.Println(ns, len(ns), ns == nil)
	fmt.Printf("%v %+v %#v %T\n", ns, ns, ns, ns)
	es := []int{}
	fmt.Printf("%v %#v\n", es, es)
	nested := [][]int{{1, 2}, {3}, nil, {}}
	fmt.Println(nested)
	fmt.Printf("%#v\n", nested)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(grid)
	fmt.Printf("%#v %T\n", grid, grid)
	fl := []float64{1, 2.5, -0.125}
	fmt.Println(fl)
	fmt.Printf("%.2f %#v\n", fl, fl)
	var empty [0]int
	fmt.Println(empty)
	fmt.Printf("%#v\n", empty)
	type ints []int
	fmt.Printf("%v %#v %T\n", ints{4, 5}, ints{4, 5}, ints(nil))
	fmt.Printf("%#v\n", ints(nil))
	u := []uint8{1, 2}
	fmt.Printf("%v %#v\n", u, u)
	b := []bool{true}
	fmt.Printf("%#v\n", b)
	any := []interface{}{1, "s", 2.5, nil, []int{7}}
	fmt.Println(any)
	fmt.Printf("%#v\n", any)
	fmt.Println(s[1:], s[:0], s[3:])
	fmt.Printf("%v\n", &s)
	fmt.Printf("%v %+v\n", &a, &grid)
}
