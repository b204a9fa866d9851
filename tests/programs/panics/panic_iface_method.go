package main

import "fmt"

type Stack interface {
	Push(v int)
	Pop() int
}

type sliceStack struct{ items []int }

func (s *sliceStack) Push(v int) { s.items = append(s.items, v) }

func (s *sliceStack) Pop() int {
	if len(s.items) == 0 {
		panic("pop from empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func drain(st Stack, n int) {
	for i := 0; i < n; i++ {
		fmt.Println("popped", st.Pop())
	}
}

func main() {
	var st Stack = &sliceStack{}
	st.Push(1)
	st.Push(2)
	drain(st, 3)
}
