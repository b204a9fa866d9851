package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Label    string
}

type WithIface struct {
	V any
}

type WithFloat struct{ F float64 }

func main() {
	a := Point{1, 2}
	b := Point{1, 2}
	c := Point{2, 1}
	fmt.Println(a == b, a == c, a != c)
	r1 := Rect{Point{0, 0}, Point{2, 2}, "sq"}
	r2 := Rect{Min: Point{0, 0}, Max: Point{2, 2}, Label: "sq"}
	fmt.Println("rect:", r1 == r2)
	r2.Label = "SQ"
	fmt.Println("rect label differs:", r1 == r2)
	fmt.Println("zero:", Point{} == Point{0, 0})
	w1 := WithIface{V: 1}
	w2 := WithIface{V: 1}
	w3 := WithIface{V: "1"}
	fmt.Println("iface fields:", w1 == w2, w1 == w3)
	// comparing structs whose interface field holds an uncomparable type panics
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		x := WithIface{V: []int{1}}
		y := WithIface{V: []int{1}}
		fmt.Println(x == y)
	}()
	nan := 0.0
	nan = nan / nan
	f := WithFloat{nan}
	fmt.Println("NaN field equals itself:", f == f)
	pa, pb := &a, &b
	fmt.Println("pointers differ:", pa == pb, "values equal:", *pa == *pb)
	anon1 := struct{ X, Y int }{1, 2}
	fmt.Println("anon vs named:", anon1 == a)
}
