package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 10; i++ {
		m[i] = i * i
	}
	fmt.Println(len(m), m)
	// Deleting during range is allowed: deleted entries are not visited later.
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println("after deleting odds:", len(m), m)
	// Deleting every entry while ranging always ends empty.
	for k := range m {
		delete(m, k)
	}
	fmt.Println("after deleting all:", len(m), m)
	m[7] = 49
	alias := m
	clear(m)
	fmt.Println("after clear:", len(m), len(alias), m == nil)
	m[1] = 1
	fmt.Println("usable after clear:", m)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println("clear slice:", s, len(s))
	// count words and delete rare ones
	words := map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "b", "a", "d"} {
		words[w]++
	}
	for w, n := range words {
		if n < 2 {
			delete(words, w)
		}
	}
	keys := []string{}
	for w := range words {
		keys = append(keys, w)
	}
	sort.Strings(keys)
	fmt.Println(keys, words)
}
