package main

import "fmt"

func validate(age int) {
	if age < 0 {
		panic("negative age")
	}
	fmt.Println("valid", age)
}

func register(name string, age int) {
	fmt.Println("registering", name)
	validate(age)
}

func load() {
	register("ann", 31)
	register("bob", -1)
}

func main() {
	load()
}
