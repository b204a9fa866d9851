package main

import "fmt"

var handlers = map[string]func(int) int{
	"double": func(x int) int { return 2 * x },
}

func apply(name string, x int) int {
	f := handlers[name] // nil when the name is unknown
	return f(x)
}

func main() {
	fmt.Println(apply("double", 21))
	fmt.Println(apply("triple", 2))
}
