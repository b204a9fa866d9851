package main

import "fmt"

// 1M map operations: inserts, lookups, updates and deletes.
func main() {
	m := make(map[int]int)
	for i := 0; i < 250_000; i++ {
		m[i*7] = i
	}
	hits := 0
	for i := 0; i < 250_000; i++ {
		if _, ok := m[i*3]; ok {
			hits++
		}
	}
	for i := 0; i < 250_000; i++ {
		m[i*7] += 1
	}
	for i := 0; i < 250_000; i += 2 {
		delete(m, i*7)
	}
	fmt.Println(len(m), hits)
}
