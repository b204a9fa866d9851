// Reads "name score" records with fmt.Scanf (input in scanf_records_in.in)
// and prints a ranked table. Stops at the first malformed line.
package main

import (
	"fmt"
	"sort"
)

type entry struct {
	name  string
	score float64
}

func main() {
	var entries []entry
	for {
		var e entry
		n, err := fmt.Scanf("%s %f\n", &e.name, &e.score)
		if err != nil {
			fmt.Printf("stop (n=%d): %v\n", n, err)
			break
		}
		entries = append(entries, e)
	}
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].score > entries[j].score })
	for i, e := range entries {
		fmt.Printf("%d. %-6s %6.2f\n", i+1, e.name, e.score)
	}
}
