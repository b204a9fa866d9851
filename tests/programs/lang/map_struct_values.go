package main

import (
	"fmt"
	"sort"
)

type Account struct {
	Owner   string
	Balance int
}

func main() {
	accts := map[string]Account{
		"a1": {"ann", 100},
		"b2": {Owner: "bob", Balance: 50},
	}
	// Struct values in maps are not addressable: copy, modify, store back.
	a := accts["a1"]
	a.Balance += 25
	accts["a1"] = a
	fmt.Println(accts)
	// Using pointers allows in-place updates.
	ptrs := map[string]*Account{}
	for k, v := range accts {
		v := v
		ptrs[k] = &v
	}
	ptrs["b2"].Balance -= 10
	fmt.Println("ptr b2:", *ptrs["b2"], "orig b2:", accts["b2"])
	missing := accts["zz"]
	fmt.Printf("missing: %+v\n", missing)
	// map literal with elided struct types
	pts := map[string]struct{ X, Y int }{"o": {0, 0}, "p": {3, 4}}
	fmt.Println(pts)
	keys := []string{}
	for k := range ptrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %+v\n", k, *ptrs[k])
	}
	type counter struct{ hits, misses int }
	stats := map[string]counter{}
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		c := stats[w]
		c.hits++
		stats[w] = c
	}
	fmt.Printf("%+v\n", stats)
}
