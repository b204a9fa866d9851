package main

import (
	"fmt"
	"sort"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func (p Pair[K, V]) Swap() Pair[string, K] {
	return Pair[string, K]{fmt.Sprint(p.Val), p.Key}
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func Entries[K comparable, V any](m map[K]V, less func(a, b K) bool) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].Key, out[j].Key) })
	return out
}

func main() {
	p := MakePair("answer", 42)
	fmt.Println(p, p.Key, p.Val)
	fmt.Printf("%T\n", p)
	fmt.Println(p.Swap(), p.Swap().Swap())
	ages := map[string]int{"cid": 40, "ann": 30, "bob": 25}
	for _, e := range Entries(ages, func(a, b string) bool { return a < b }) {
		fmt.Println(e)
	}
	nums := map[int][]string{3: {"c"}, 1: {"a", "aa"}}
	es := Entries(nums, func(a, b int) bool { return a < b })
	fmt.Println(es, len(es))
	type Grid = Pair[Pair[int, int], string]
	g := Grid{Pair[int, int]{1, 2}, "cell"}
	fmt.Println(g, g.Key.Val)
	fmt.Println(MakePair(1.5, true) == MakePair(1.5, true))
}
