package main

import "fmt"

// Several init functions run in source order after all package variables
// are initialized, and before main.

var steps []string

var ready = mark("var ready")

func mark(s string) bool {
	steps = append(steps, s)
	fmt.Println("step:", s)
	return true
}

func init() {
	mark("first init")
	fmt.Println("first init sees ready =", ready)
}

func init() {
	mark("second init")
	config["mode"] = "fast"
}

var config = map[string]string{"name": "goroscope"}

func init() {
	mark("third init")
	fmt.Println("third init sees config =", config)
}

func main() {
	mark("main")
	fmt.Println("all steps:", steps)
	fmt.Println("count:", len(steps))
}
