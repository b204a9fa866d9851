package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) GoString() string { return fmt.Sprintf("Vec(%d, %d)", v.X, v.Y) }

type Token string

func (t Token) String() string   { return "tok:" + string(t) }
func (t Token) GoString() string { return "Token(" + string(t) + ")" }

type Plain struct{ A int }

type Holder struct {
	V Vec
	T Token
	P Plain
}

func main() {
	v := Vec{1, 2}
	fmt.Printf("%v\n", v)
	fmt.Printf("%+v\n", v)
	fmt.Printf("%#v\n", v)
	fmt.Printf("%s\n", v)
	t := Token("if")
	fmt.Printf("%v %s %#v %q\n", t, t, t, t)
	fmt.Printf("%#v\n", []Vec{{1, 2}, {3, 4}})
	fmt.Printf("%#v\n", Holder{v, t, Plain{5}})
	fmt.Printf("%#v\n", map[string]Vec{"a": {0, 0}})
	fmt.Printf("%#v\n", &v)
	fmt.Printf("%#v\n", []interface{}{v, t, 3})
	fmt.Println(v, t)
	fmt.Printf("[%20v]\n", fmt.Sprintf("%#v", v))
	var gs fmt.GoStringer = v
	fmt.Println(gs.GoString())
}
