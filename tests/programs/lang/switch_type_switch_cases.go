package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{ Name string }
type Cat struct{ Name string }
type Fish struct{}

func (d Dog) Sound() string  { return d.Name + ": woof" }
func (c *Cat) Sound() string { return c.Name + ": meow" }

func inspect(a Animal) string {
	switch v := a.(type) {
	case nil:
		return "no animal"
	case Dog:
		return "dog named " + v.Name
	case *Cat:
		if v == nil {
			return "typed nil *Cat"
		}
		return "cat named " + v.Name
	default:
		return fmt.Sprintf("unknown %T", v)
	}
}

func width(v any) int {
	switch x := v.(type) {
	case int8, uint8:
		return 1
	case int16, uint16:
		return 2
	case int32, uint32, float32:
		return 4
	case int64, uint64, float64, complex64:
		return 8
	case complex128:
		return 16
	case string:
		return len(x)
	case []byte:
		return len(x)
	}
	return -1
}

type Loud struct{ Dog }

func main() {
	var nilCat *Cat
	animals := []Animal{Dog{"rex"}, &Cat{"tom"}, nil, nilCat, Loud{Dog{"max"}}}
	for _, a := range animals {
		fmt.Println(inspect(a))
	}
	for _, v := range []any{int8(1), uint16(2), float32(3), 4.0, complex64(1), 2i, "hello", []byte{1, 2, 3}, true} {
		fmt.Printf("%T -> %d\n", v, width(v))
	}
	// the switch expression is evaluated exactly once
	calls := 0
	get := func() any { calls++; return 3 }
	switch get().(type) {
	case string:
	case int:
		fmt.Println("int; calls =", calls)
	}
	// the bound variable in a single-type case has that type, so methods can be used
	var a Animal = &Cat{"kit"}
	switch c := a.(type) {
	case *Cat:
		c.Name = "renamed"
	}
	fmt.Println(a.Sound())
}
