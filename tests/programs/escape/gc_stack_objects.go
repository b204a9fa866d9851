// Objects kept in the frame hold the only pointers to heap objects: the
// collector must see them through the frame's stack maps, also after the
// stack moved.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	data []int
	name string
	next *node
}

//go:noinline
func garbage(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		b := make([]byte, 1000+i%100)
		b[0] = byte(i)
		s += int(b[0])
		sink = b
	}
	return s
}

var sink []byte

//go:noinline
func recurse(n int) int {
	if n == 0 {
		return garbage(2000)
	}
	var pad [32]int
	pad[0] = n
	return recurse(n-1) + pad[0]
}

func check(n int) int {
	head := &node{name: fmt.Sprint("head", n)} // in the frame
	head.data = make([]int, n)                  // in the heap (non-constant size)
	for i := range head.data {
		head.data[i] = i * i
	}
	second := new(node)
	second.data = append(second.data, 5, 6, 7)
	head.next = second
	runtime.GC()
	x := recurse(300)
	runtime.GC()
	sum := 0
	for _, v := range head.data {
		sum += v
	}
	for _, v := range head.next.data {
		sum += v
	}
	return sum + len(head.name) + x%10
}

func main() {
	fmt.Println(check(100))
	fmt.Println(check(1000))
}
