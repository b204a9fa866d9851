package main

import (
	"fmt"
	"strings"
)

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	size       int
}

func (l *List[T]) PushBack(v T) {
	n := &node[T]{val: v}
	if l.tail == nil {
		l.head, l.tail = n, n
	} else {
		l.tail.next = n
		l.tail = n
	}
	l.size++
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.size++
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		f(i, n.val)
		i++
	}
}

func (l *List[T]) String() string {
	var parts []string
	l.Each(func(_ int, v T) { parts = append(parts, fmt.Sprint(v)) })
	return "[" + strings.Join(parts, " -> ") + "]"
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	l.Each(func(_ int, v T) { out.PushBack(f(v)) })
	return out
}

func main() {
	l := &List[int]{}
	for i := 1; i <= 3; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(0)
	fmt.Println(l, l.size)
	l.Each(func(i, v int) { fmt.Printf("%d:%d ", i, v) })
	fmt.Println()
	strs := MapList(l, func(v int) string { return fmt.Sprintf("<%d>", v) })
	fmt.Println(strs, strs.size)
	fmt.Printf("%T\n", strs)
	var empty List[bool]
	fmt.Println(empty.String(), empty.size)
}
