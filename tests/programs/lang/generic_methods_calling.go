package main

import "fmt"

// A generic set whose methods call each other.
type Set[T comparable] struct {
	m     map[T]struct{}
	order []T // insertion order keeps output deterministic
}

func NewSet[T comparable](items ...T) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	s.AddAll(items...)
	return s
}

func (s *Set[T]) Add(v T) bool {
	if s.Has(v) {
		return false
	}
	s.m[v] = struct{}{}
	s.order = append(s.order, v)
	return true
}

func (s *Set[T]) AddAll(vs ...T) {
	for _, v := range vs {
		s.Add(v)
	}
}

func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int     { return len(s.order) }
func (s *Set[T]) Items() []T   { return append([]T(nil), s.order...) }

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet(s.Items()...)
	r.AddAll(o.Items()...)
	return r
}

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for _, v := range s.order {
		if o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func (s *Set[T]) String() string { return fmt.Sprintf("Set%v", s.order) }

func main() {
	a := NewSet(1, 2, 3, 2, 1)
	b := NewSet(3, 4, 5)
	fmt.Println(a, a.Len(), b)
	fmt.Println("add 4:", a.Add(4), "add 4 again:", a.Add(4))
	fmt.Println("union:", a.Union(b))
	fmt.Println("intersect:", a.Intersect(b))
	s := NewSet("x", "y")
	fmt.Println(s, s.Has("x"), s.Has("z"))
	fmt.Printf("%T\n", s)
	type pt struct{ X, Y int }
	ps := NewSet(pt{1, 2}, pt{1, 2}, pt{2, 1})
	fmt.Println(ps.Len(), ps.Items())
}
