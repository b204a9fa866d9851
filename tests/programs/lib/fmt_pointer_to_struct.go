package main

import "fmt"

type Node struct {
	Val  int
	Name string
}

type Pair struct {
	A, B int
}

func main() {
	n := &Node{7, "seven"}
	fmt.Println(n)
	fmt.Printf("%v %+v\n", n, n)
	fmt.Printf("%s\n", n)
	fmt.Printf("%d\n", n)
	fmt.Printf("%T\n", n)
	pp := &Pair{1, 2}
	fmt.Println(pp, *pp)
	arr := &[3]int{1, 2, 3}
	fmt.Println(arr)
	sl := &[]string{"a", "b"}
	fmt.Println(sl)
	mp := &map[string]int{"k": 1}
	fmt.Println(mp)
	fmt.Printf("%v %+v\n", arr, mp)
	var nilNode *Node
	fmt.Println(nilNode)
	fmt.Printf("%v %+v %s %d\n", nilNode, nilNode, nilNode, nilNode)
	fmt.Printf("%#v\n", nilNode)
	fmt.Printf("%p %T\n", nilNode, nilNode)
	var np *int
	fmt.Println(np)
	fmt.Printf("%v %p\n", np, np)
	var ns []int
	fmt.Printf("%p\n", ns)
	var nm map[int]int
	fmt.Printf("%p\n", nm)
	fmt.Println(n.Val, (*n).Name)
	n.Val++
	fmt.Println(n)
	nodes := []Node{{1, "a"}, {2, "b"}}
	first := &nodes[0]
	first.Name = "changed"
	fmt.Println(first, nodes)
	pa := &Pair{}
	fmt.Printf("%+v\n", pa)
}
