package main

import "fmt"

type Node struct {
	Value int
	Next  *Node
}

func third(n *Node) int {
	return n.Next.Next.Value
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(third(list))
	fmt.Println(third(list.Next))
}
