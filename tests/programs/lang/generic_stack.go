package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }

// balanced checks brackets using a Stack[rune].
func balanced(src string) bool {
	var st Stack[rune]
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, r := range src {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	var s Stack[int]
	for i := 1; i <= 4; i++ {
		s.Push(i * i)
	}
	fmt.Println("len:", s.Len())
	top, _ := s.Peek()
	fmt.Println("peek:", top)
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := s.Pop()
	fmt.Println("empty pop:", v, ok)
	ss := &Stack[string]{}
	ss.Push("a")
	ss.Push("b")
	fmt.Printf("%T %v %d\n", ss, ss.items, ss.Len())
	for _, src := range []string{"([]{})", "([)]", "((", "", "{[()()]}"} {
		fmt.Printf("%q balanced: %v\n", src, balanced(src))
	}
}
