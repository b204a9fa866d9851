package main

import "fmt"

func main() {
	m := map[string]map[string]int{}
	m["a"] = map[string]int{}
	m["a"]["x"] = 1
	fmt.Println(m)
	// m["b"] is the zero value: a nil inner map.
	m["b"]["y"] = 2
	fmt.Println(m)
}
