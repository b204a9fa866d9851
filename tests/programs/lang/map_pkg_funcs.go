package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println("keys:", keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println("values:", vals)
	c := maps.Clone(m)
	c["d"] = 4
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	delete(c, "d")
	fmt.Println("equal after delete:", maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println("after DeleteFunc:", c)
	dst := map[string]int{"z": 26}
	maps.Copy(dst, m)
	fmt.Println(dst)
	sum := 0
	for k, v := range maps.All(m) {
		sum += v
		_ = k
	}
	fmt.Println("sum:", sum)
	col := maps.Collect(slices.All([]string{"x", "y"}))
	fmt.Println(col)
}
