package main

import "fmt"

type Base struct {
	ID   int
	Kind string
}

type inner struct {
	depth int
}

type Named string

type Derived struct {
	Base
	inner
	Named
	Extra float64
}

type Deep struct {
	Derived
	Note string
}

func main() {
	d := Derived{Base{1, "k"}, inner{2}, "nm", 1.5}
	fmt.Println(d)
	fmt.Printf("%+v\n", d)
	fmt.Printf("%#v\n", d)
	fmt.Println(d.ID, d.Kind, d.depth, d.Named, d.Base)
	dd := Deep{d, "note"}
	fmt.Println(dd)
	fmt.Printf("%+v\n", dd)
	fmt.Printf("%#v\n", dd)
	fmt.Printf("%T %T\n", dd, dd.Derived.Base)
	var zero Deep
	fmt.Printf("%+v\n", zero)
	type withSlice struct {
		Base
		Items []Base
	}
	ws := withSlice{Base{3, "w"}, []Base{{4, "a"}, {5, "b"}}}
	fmt.Printf("%v\n%+v\n%#v\n", ws, ws, ws)
}
