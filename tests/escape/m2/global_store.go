// -m=2: storing into globals and through pointers: slices, maps, fields.
package main

type Node struct {
	next *Node
	val  int
}

var head *Node
var table map[string]*int

//go:noinline
func push(v int) {
	n := &Node{val: v}
	n.next = head
	head = n
}

//go:noinline
func put(k string) {
	x := len(k)
	table[k] = &x
}

//go:noinline
func link(a, b *Node) {
	a.next = b
}

func main() {
	table = map[string]*int{}
	push(1)
	put("k")
	var n1, n2 Node
	link(&n1, &n2)
	println(head.val, *table["k"], n1.next == &n2)
}
