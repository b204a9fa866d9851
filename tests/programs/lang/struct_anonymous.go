package main

import "fmt"

func main() {
	p := struct {
		Name string
		Age  int
	}{"ann", 30}
	fmt.Printf("%v %+v\n", p, p)
	fmt.Printf("%T\n", p)
	// Identical anonymous struct types are assignable to each other.
	var q struct {
		Name string
		Age  int
	}
	q = p
	q.Age++
	fmt.Println(p.Age, q.Age, p == q)
	// slice of anonymous structs (table-driven style)
	tests := []struct {
		in   int
		want string
	}{
		{1, "odd"},
		{2, "even"},
		{7, "odd"},
	}
	for _, tt := range tests {
		got := "even"
		if tt.in%2 == 1 {
			got = "odd"
		}
		fmt.Println(tt.in, got, got == tt.want)
	}
	// anonymous struct as a named type's underlying type
	type Named struct {
		Name string
		Age  int
	}
	n := Named(p)
	fmt.Printf("%T %+v\n", n, n)
	empty := struct{}{}
	fmt.Println(empty, struct{}{} == empty)
	cfg := struct {
		Debug bool
		Nest  struct{ Level int }
	}{Debug: true}
	cfg.Nest.Level = 3
	fmt.Printf("%+v\n", cfg)
	set := map[string]struct{}{"a": {}, "b": {}}
	_, has := set["a"]
	fmt.Println(len(set), has)
}
