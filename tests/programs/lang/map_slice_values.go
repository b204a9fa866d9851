package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	groups := map[int][]string{}
	words := []string{"go", "is", "fun", "and", "fast", "to", "compile"}
	for _, w := range words {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)
	lens := []int{}
	for l := range groups {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Println(l, strings.Join(groups[l], ","), len(groups[l]))
	}
	// slice values share storage with copies
	s := groups[2]
	s[0] = "GO"
	fmt.Println("shared:", groups[2])
	// map of maps
	graph := map[string]map[string]bool{}
	addEdge := func(a, b string) {
		if graph[a] == nil {
			graph[a] = map[string]bool{}
		}
		graph[a][b] = true
	}
	addEdge("a", "b")
	addEdge("a", "c")
	addEdge("b", "c")
	fmt.Println(graph, len(graph["a"]), graph["c"]["a"])
	// map of funcs
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4), ops["sub"] == nil)
}
