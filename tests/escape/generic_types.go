// Generic types and methods, instantiated with non-pointer types.
package main

type Stack[T any] struct{ items []T }

//go:noinline
func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

//go:noinline
func (s *Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	k K
	v V
}

//go:noinline
func MakePair[K comparable, V any](k K, v V) *Pair[K, V] {
	return &Pair[K, V]{k, v}
}

func main() {
	var s Stack[int]
	s.Push(1)
	s.Push(2)
	p := MakePair("a", 3)
	println(s.Len(), p.k, p.v)
}
