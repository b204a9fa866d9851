package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Vec struct{ X, Y float64 }

func (v *Vec) Scale(k float64) { v.X *= k; v.Y *= k }

func main() {
	v := &Vec{1, 2}
	v.X = 10 // auto-deref for field access
	(*v).Y = 20
	fmt.Println(*v, v.X, (*v).Y)
	v.Scale(0.5)
	fmt.Printf("%+v\n", *v)
	// linked list
	var head *Node
	for i := 5; i >= 1; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	// reverse in place
	var prev *Node
	for cur := head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	for n := prev; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	fmt.Println(prev.Next.Next.Val)
	fx := &v.X // pointer to field
	*fx = -1
	fmt.Println(*v)
	type Wrap struct{ In *Vec }
	w := Wrap{In: v}
	w.In.Y = 99
	fmt.Println(v.Y, w.In.X)
}
