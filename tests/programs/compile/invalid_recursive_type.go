package main

import "fmt"

type Node struct {
	value int
	next  Node
}

type A struct{ b B }
type B struct{ a A }

func main() {
	fmt.Println(Node{})
}
