package main

import "fmt"

// Type definitions create new types; aliases are just other names.

type MyInt int      // new defined type
type IntAlias = int // alias: identical to int
type Names = []string

type Meters float64
type Feet float64

func (m Meters) String() string { return fmt.Sprintf("%.2fm", float64(m)) }

func takesInt(x int) int { return x * 2 }

func main() {
	var a IntAlias = 5
	fmt.Println("alias passes as int:", takesInt(a))
	fmt.Printf("alias type: %T\n", a)

	var m MyInt = 5
	fmt.Println("defined needs conversion:", takesInt(int(m)))
	fmt.Printf("defined type: %T\n", m)

	var n Names = []string{"x", "y"}
	var s []string = n
	s[0] = "changed"
	fmt.Println("alias slice shares:", n, s)
	fmt.Printf("alias slice type: %T\n", n)

	d := Meters(3.5)
	fmt.Println("meters with String:", d)
	f := Feet(d * 3.28084)
	fmt.Println("feet (no String):", f)
	fmt.Printf("types: %T %T\n", d, f)

	type local struct{ A, B int } // type declared inside a function
	l := local{1, 2}
	fmt.Printf("local: %+v %T\n", l, l)

	type Byte = byte
	var bb Byte = 'A'
	fmt.Printf("byte alias: %v %T\n", bb, bb)
}
