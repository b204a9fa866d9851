package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Employee struct {
	Name string
	Dept string
	Pay  int
}

func main() {
	staff := []Employee{
		{"ann", "eng", 120}, {"bob", "ops", 90}, {"cid", "eng", 100}, {"dee", "ops", 90},
		{"eve", "eng", 120}, {"fay", "hr", 70}, {"gus", "ops", 95}, {"hal", "hr", 70},
	}
	byDept := slices.Clone(staff)
	slices.SortStableFunc(byDept, func(a, b Employee) int { return strings.Compare(a.Dept, b.Dept) })
	for _, e := range byDept {
		fmt.Println(e.Dept, e.Name, e.Pay)
	}
	byPay := slices.Clone(staff)
	slices.SortStableFunc(byPay, func(a, b Employee) int { return cmp.Compare(b.Pay, a.Pay) })
	fmt.Println(byPay)
	multi := slices.Clone(staff)
	slices.SortFunc(multi, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(a.Dept, b.Dept), cmp.Compare(b.Pay, a.Pay), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(multi)
	words := strings.Fields("The quick brown fox Jumps over the lazy Dog")
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a), strings.ToLower(b)), strings.Compare(a, b))
	})
	fmt.Println(words)
	lens := strings.Fields("ccc a bb dd e fff")
	slices.SortStableFunc(lens, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(lens)
	fmt.Println(slices.MinFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Pay, b.Pay) }))
	fmt.Println(slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Pay, b.Pay) }))
}
