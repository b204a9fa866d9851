package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64 | ~complex128
}

func Add[T Number](a, b T) T { return a + b }

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

func First[T any](xs ...T) T { return xs[0] }

func Pair[K comparable, V any](k K, v V) map[K]V { return map[K]V{k: v} }

type Vec []float64

func main() {
	// untyped constants: default type chosen (int, then float64 if mixed)
	r1 := Add(1, 2)
	r2 := Add(1, 2.5)
	r3 := Add(1, 2i)
	fmt.Printf("%v %T | %v %T | %v %T\n", r1, r1, r2, r2, r3, r3)
	// typed argument fixes T; the untyped constant converts to it
	var x int64 = 10
	r4 := Add(x, 5)
	fmt.Printf("%v %T\n", r4, r4)
	r5 := Add(2.0, 3) // 2.0 is an untyped float constant
	fmt.Printf("%v %T\n", r5, r5)
	// the named slice type is preserved through S ~[]E
	v := Scale(Vec{1, 2}, 3)
	fmt.Printf("%v %T\n", v, v)
	s := Scale([]int{1, 2, 3}, 2)
	fmt.Printf("%v %T\n", s, s)
	fmt.Printf("%T %T\n", First(1, 2), First('a', 'b'))
	fmt.Printf("%T\n", First("x"))
	p := Pair("k", 1.5)
	fmt.Printf("%v %T\n", p, p)
	fn := Add[float64] // explicit instantiation needed for a func value
	fmt.Println(fn(0.5, 0.25))
}
