package main

import (
	"fmt"
	"strconv"
)

func Zero[T any]() T {
	var z T
	return z
}

func Parse[T int | float64](s string) T {
	var out T
	switch any(out).(type) {
	case int:
		n, _ := strconv.Atoi(s)
		out = T(n)
	case float64:
		f, _ := strconv.ParseFloat(s, 64)
		out = T(f)
	}
	return out
}

func Convert[To, From int | int8 | float64](v From) To { return To(v) }

func MakeSlice[T any](n int) []T { return make([]T, n) }

type Pair[A, B any] struct {
	First  A
	Second B
}

func main() {
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[bool](), Zero[*int]() == nil)
	fmt.Printf("%v %v\n", Zero[[2]int](), Zero[Pair[int, string]]())
	fmt.Println(Parse[int]("42"), Parse[float64]("2.5"))
	// partial instantiation: From is inferred
	fmt.Println(Convert[int8](300), Convert[float64](int8(-3)), Convert[int](9.99))
	s := MakeSlice[string](3)
	fmt.Printf("%q %T\n", s, s)
	p := Pair[string, int]{"age", 30}
	fmt.Printf("%+v %T\n", p, p)
	q := Pair[[]int, map[string]bool]{[]int{1}, map[string]bool{"ok": true}}
	fmt.Printf("%+v\n", q)
	type IntPair = Pair[int, int] // alias of an instantiated type
	ip := IntPair{1, 2}
	fmt.Printf("%+v %T\n", ip, ip)
	f := Zero[float32]
	fmt.Printf("%T %v\n", f, f())
}
