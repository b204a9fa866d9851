package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"carol": 35, "alice": 30, "bob": 25, "dave": 40}
	names := make([]string, 0, len(ages))
	for name := range ages {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, ages[n])
	}
	// sum is order independent
	total := 0
	for _, a := range ages {
		total += a
	}
	fmt.Println("total:", total)
	// sort by value then key
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range ages {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	fmt.Println(kvs)
	// keys of int map sorted
	sq := map[int]int{}
	for i := range 6 {
		sq[i*7%6] = i
	}
	keys := []int{}
	for k := range sq {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys, sq)
	// adding entries while ranging: count is non-deterministic, so only
	// check that the original entries are all seen
	m := map[int]bool{1: true, 2: true}
	seen := 0
	for k := range m {
		if k <= 2 {
			seen++
		}
		m[k+100] = true
	}
	fmt.Println("originals seen:", seen)
	var nilMap map[string]int
	for k, v := range nilMap {
		fmt.Println("never", k, v)
	}
}
