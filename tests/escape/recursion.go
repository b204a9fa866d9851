// Mutually recursive functions are analyzed together: their parameters flow
// into each other directly instead of through tags.
package main

type Node struct {
	next *Node
	v    int
}

var sink *Node

//go:noinline
func even(n *Node, k int) *Node {
	if k == 0 {
		return n
	}
	return odd(n.next, k-1)
}

//go:noinline
func odd(n *Node, k int) *Node {
	if k == 0 {
		sink = n
		return nil
	}
	return even(n, k-1)
}

//go:noinline
func length(n *Node) int {
	if n == nil {
		return 0
	}
	return 1 + length(n.next)
}

//go:noinline
func build(k int) *Node {
	if k == 0 {
		return nil
	}
	return &Node{build(k - 1), k}
}

func main() {
	a := Node{v: 1}
	b := Node{next: &a, v: 2}
	println(even(&b, 2) != nil, length(&b), length(build(3)))
}
