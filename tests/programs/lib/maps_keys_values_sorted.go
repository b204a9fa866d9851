package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"delta": 4, "alpha": 1, "charlie": 3, "bravo": 2}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, m[k])
	}
	fmt.Println()
	count := 0
	for k, v := range maps.All(m) {
		if m[k] == v {
			count++
		}
	}
	fmt.Println("pairs:", count)
	im := map[int]string{30: "c", 10: "a", 20: "b"}
	fmt.Println(slices.Sorted(maps.Keys(im)), slices.Sorted(maps.Values(im)))
	collected := maps.Collect(maps.All(im))
	fmt.Println(collected, len(collected))
	inverse := map[string]int{}
	for k, v := range im {
		inverse[v] = k
	}
	fmt.Println(inverse)
	var nilMap map[string]bool
	fmt.Println(slices.Sorted(maps.Keys(nilMap)), len(slices.Collect(maps.Values(nilMap))))
	ins := map[string]int{"x": 1}
	maps.Insert(ins, maps.All(map[string]int{"y": 2, "z": 3}))
	fmt.Println(ins)
}
