package main

import (
	"fmt"
	"strconv"
)

// Map-heavy allocation: many short-lived maps with string keys and slice
// values (map buckets, key strings and value arrays are all heap objects),
// plus one long-lived map that keeps growing and shrinking. Exercises the
// allocator, the collector's map scanning and sweeping.
type record struct {
	name string
	tags []string
}

func main() {
	long := map[string]*record{}
	total := 0
	for round := 0; round < 200; round++ {
		m := make(map[string][]int)
		for i := 0; i < 2000; i++ {
			k := "k" + strconv.Itoa(i%500)
			m[k] = append(m[k], i)
		}
		total += len(m)
		for i := 0; i < 500; i++ {
			key := strconv.Itoa(round*500 + i)
			long[key] = &record{name: key, tags: []string{key, "x"}}
		}
		// Keep the long-lived map at about 20000 entries.
		if len(long) > 20000 {
			for i := 0; i < 500; i++ {
				delete(long, strconv.Itoa((round-40)*500+i))
			}
		}
	}
	sum := 0
	for _, r := range long {
		sum += len(r.tags)
	}
	fmt.Println(total, len(long), sum)
}
