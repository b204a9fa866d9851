package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{
		{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35},
		{"Frank", 30}, {"Grace", 25}, {"Heidi", 35}, {"Ivan", 20}, {"Judy", 30},
	}
	byAge := make([]Person, len(people))
	copy(byAge, people)
	sort.SliceStable(byAge, func(i, j int) bool { return byAge[i].Age < byAge[j].Age })
	fmt.Println("stable by age:")
	for _, p := range byAge {
		fmt.Printf("  %-6s %d\n", p.Name, p.Age)
	}
	desc := make([]Person, len(people))
	copy(desc, people)
	sort.SliceStable(desc, func(i, j int) bool { return desc[i].Age > desc[j].Age })
	fmt.Println("stable by age desc:", desc)
	byName := make([]Person, len(people))
	copy(byName, people)
	sort.Slice(byName, func(i, j int) bool { return byName[i].Name > byName[j].Name })
	fmt.Println("by name desc:", byName)
	// A total order gives a deterministic result even with an unstable sort.
	total := make([]Person, len(people))
	copy(total, people)
	sort.Slice(total, func(i, j int) bool {
		if total[i].Age != total[j].Age {
			return total[i].Age < total[j].Age
		}
		return total[i].Name < total[j].Name
	})
	fmt.Println("age then name:", total)
	fmt.Println(sort.SliceIsSorted(total, func(i, j int) bool { return total[i].Age < total[j].Age }))
	words := []string{"bb", "a", "ccc", "dd", "e", "fff", "gg"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	var st []Person
	sort.SliceStable(st, func(i, j int) bool { return false })
	fmt.Println(st == nil, len(st))
}
