package main

import "fmt"

type Animal interface{ Sound() string }

type Dog struct{ name string }

type Fish struct{ name string }

func (d Dog) Sound() string { return d.name + " says woof" }

// Fish has no sound; its method panics with a formatted message.
func (f Fish) Sound() string {
	panic(fmt.Sprintf("%s cannot make a sound", f.name))
}

func main() {
	zoo := []Animal{Dog{"rex"}, Fish{"nemo"}, Dog{"fido"}}
	for _, a := range zoo {
		fmt.Println(a.Sound())
	}
}
