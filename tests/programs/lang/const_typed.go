package main

import "fmt"

type Celsius float64
type Count uint16

const Boiling Celsius = 100
const Limit Count = 65535
const Name string = "typed"
const Flag bool = 1 < 2

const (
	MaxI8  int8  = 127
	MinI8  int8  = -128
	HalfU8 uint8 = 255 / 2
)

func main() {
	fmt.Printf("%v %T\n", Boiling, Boiling)
	fmt.Printf("%v %T\n", Boiling/3, Boiling/3)
	fmt.Printf("%v %T\n", Limit, Limit)
	fmt.Printf("%v %T\n", Name, Name)
	fmt.Printf("%v %T\n", Flag, Flag)
	fmt.Println(MaxI8, MinI8, HalfU8)

	// A typed constant mixed with untyped keeps the typed type.
	c := Boiling * 2
	fmt.Printf("%v %T\n", c, c)
	// Untyped constants take the type of the context.
	var f32 float32 = 1 << 24
	var by byte = 'z'
	fmt.Printf("%v %T %v %T\n", f32, f32, by, by)
	// Default types of untyped constants.
	i, f, r, s, b, z := 1, 1.5, 'x', "s", true, 2i
	fmt.Printf("%T %T %T %T %T %T\n", i, f, r, s, b, z)

	lim := Limit
	lim++ // wraps at run time
	fmt.Println("Limit+1 at run time:", lim)
	v := MaxI8
	v++
	fmt.Println("MaxI8+1 at run time:", v)
}
