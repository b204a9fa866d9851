package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

// insertSorted uses a pointer to the link being examined, so no special
// case is needed for the head.
func insertSorted(head **Node, v int) {
	pp := head
	for *pp != nil && (*pp).Val < v {
		pp = &(*pp).Next
	}
	*pp = &Node{v, *pp}
}

func redirect(pp **int, target *int) { *pp = target }

func main() {
	x, y := 1, 2
	p := &x
	pp := &p
	fmt.Println(**pp)
	**pp = 10
	fmt.Println(x)
	redirect(pp, &y)
	fmt.Println(*p, p == &y)
	*p = 20
	fmt.Println(x, y)
	ppp := &pp
	***ppp = 30
	fmt.Println(y)
	var head *Node
	for _, v := range []int{5, 1, 4, 2, 3, 0, 6} {
		insertSorted(&head, v)
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	var np **int
	fmt.Println(np == nil)
	np = new(*int)
	fmt.Println(*np == nil)
}
