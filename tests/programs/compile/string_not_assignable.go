package main

import "fmt"

const limit = 10

func main() {
	s := "hello"
	s[0] = 'H'
	limit = 20
	m := map[string]int{"a": 1}
	p := &m["a"]
	fmt.Println(s, p)
}
