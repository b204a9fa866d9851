package main

import "fmt"

type Speaker interface{ Speak() string }
type Mover interface{ Move() string }

type Animal struct{ Name string }

func (a Animal) Speak() string { return a.Name + " makes a sound" }
func (a *Animal) Move() string { return a.Name + " moves" }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" } // overrides promoted

type Cat struct{ *Animal }

func describe(s Speaker) {
	fmt.Print(s.Speak())
	if m, ok := s.(Mover); ok {
		fmt.Print(" / ", m.Move())
	} else {
		fmt.Print(" / cannot move")
	}
	fmt.Println()
}

func main() {
	a := Animal{"generic"}
	d := Dog{Animal{"rex"}, "lab"}
	c := Cat{&Animal{"tom"}}
	describe(a)  // Animal value: Move has pointer receiver, not in method set
	describe(&a) // *Animal has both
	describe(d)  // Dog value: promoted Move needs *Animal, not available
	describe(&d) // *Dog gets Move via &d.Animal
	describe(c)  // Cat embeds *Animal, so both promoted even for value
	fmt.Println(d.Animal.Speak())
	var sp Speaker = d
	fmt.Printf("%T %T\n", sp, Speaker(&d))
}
