// A program that allocates far more than its memory budget in total, but
// keeps little of it live, runs to the end: the collector is paced to run
// before the budget is reached. (Goroscope runs it with a 16 MiB budget,
// see garbage_within_budget.flags.)
package main

import (
	"fmt"
	"strings"
)

type item struct {
	name  string
	vals  []int
	child *item
}

func build(i int) *item {
	it := &item{name: strings.Repeat("x", i%100), vals: make([]int, i%500)}
	it.child = &item{name: it.name + "!"}
	for j := range it.vals {
		it.vals[j] = i + j
	}
	return it
}

func main() {
	// A window of 64 live items; everything older is garbage.
	var window [64]*item
	total := 0
	for i := 0; i < 200000; i++ {
		it := build(i)
		window[i%len(window)] = it
		total += len(it.vals) + len(it.child.name)
	}
	m := map[int][]byte{}
	for i := 0; i < 100000; i++ {
		m[i%1000] = make([]byte, 1024)
	}
	check := 0
	for _, it := range window {
		check += len(it.vals)
	}
	fmt.Println(total, check, len(m))
}
