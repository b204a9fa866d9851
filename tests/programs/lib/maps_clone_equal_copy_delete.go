package main

import (
	"fmt"
	"maps"
	"strings"
)

func main() {
	src := map[string]int{"a": 1, "b": 2, "c": 3}
	cl := maps.Clone(src)
	cl["a"] = 100
	fmt.Println(src, cl)
	fmt.Println(maps.Equal(src, cl))
	cl["a"] = 1
	fmt.Println(maps.Equal(src, cl))
	var nm map[string]int
	fmt.Println(maps.Clone(nm) == nil, maps.Equal(nm, map[string]int{}))
	dst := map[string]int{"c": 30, "d": 4}
	maps.Copy(dst, src)
	fmt.Println(dst)
	maps.DeleteFunc(dst, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(dst)
	m := map[string]string{"Go": "go", "Rust": "RUST", "Zig": "zig"}
	fmt.Println(maps.EqualFunc(m, map[string]string{"Go": "GO", "Rust": "rust", "Zig": "ZIG"}, strings.EqualFold))
	maps.DeleteFunc(m, func(k, v string) bool { return strings.ToLower(k) == v })
	fmt.Println(m)
	big := map[int]int{}
	for i := 0; i < 100; i++ {
		big[i] = i * i
	}
	maps.DeleteFunc(big, func(k, v int) bool { return k >= 5 })
	fmt.Println(big, len(big))
}
