package main

import "fmt"

const (
	Greeting = "hello, " + "world"
	Length   = len(Greeting) // len of a constant string is constant
)

var firstWord = Greeting[:5] // slicing a constant string is not constant

const (
	IsLong  = Length > 10
	Both    = IsLong && Length < 100
	Neither = !IsLong || false
)

const arr = len([3]int{}) // len of array type expression is constant

func main() {
	fmt.Println(Greeting, Length)
	fmt.Println(firstWord)
	fmt.Println(IsLong, Both, Neither)
	fmt.Println("arr len:", arr)
	ch := Greeting[7] // indexing a constant string gives a byte, not a constant
	fmt.Println(ch)
	fmt.Printf("%T\n", Length)
	const raw = `raw\nstring`
	fmt.Println(raw, len(raw))
	const esc = "tab\there\u00e9\x41\101"
	fmt.Println(esc, len(esc))
	fmt.Println("a" < "b", "abc" < "abd", "Z" < "a", "" < "a")
}
