package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(m, len(m))
	m["four"] = 4
	m["one"] = 100
	fmt.Println(m, len(m))
	v, ok := m["two"]
	fmt.Println("two:", v, ok)
	v, ok = m["zero"]
	fmt.Println("zero:", v, ok)
	fmt.Println("missing reads zero value:", m["nope"])
	delete(m, "two")
	delete(m, "not-there") // no-op
	fmt.Println(m, len(m))
	m["five"]++
	m["five"] += 10
	fmt.Println("five:", m["five"])
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, "=>", m[k])
	}
	mk := make(map[int]string, 100)
	fmt.Println("make with hint:", len(mk), mk)
	mk[3] = "c"
	mk[-1] = "neg"
	fmt.Println(mk)
	if _, present := mk[3]; present {
		fmt.Println("3 present")
	}
	// maps are references
	alias := m
	alias["shared"] = 1
	fmt.Println("shared via alias:", m["shared"], len(m))
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
}
