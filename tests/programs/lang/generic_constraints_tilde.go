package main

import (
	"fmt"
	"strings"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Stringish interface{ ~string }

type MyInt int
type Age int8
type Label string

func Sum[T Integer](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Double[T Integer](x T) T { return x * 2 }

func Upper[S Stringish](s S) S { return S(strings.ToUpper(string(s))) }

func Join[S ~[]E, E Stringish](parts S, sep string) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(string(p))
	}
	return b.String()
}

// Keys are constrained with ~map so named map types are accepted too.
func Count[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

type Labels []Label
type Registry map[string]int

func main() {
	fmt.Println(Sum(1, 2, 3), Sum[int8](100, 27))
	fmt.Println(Sum(MyInt(5), MyInt(6)))
	r := Sum(Age(100), Age(100)) // wraps as int8
	fmt.Printf("%v %T\n", r, r)
	fmt.Printf("%v %T\n", Double(MyInt(21)), Double(MyInt(21)))
	fmt.Printf("%v %T\n", Upper(Label("tag")), Upper(Label("tag")))
	fmt.Println(Upper("plain"))
	fmt.Println(Join(Labels{"a", "b", "c"}, "/"), Join([]string{"x"}, ","))
	fmt.Println(Count(Registry{"a": 1, "b": 2}), Count(map[int]bool{}))
}
