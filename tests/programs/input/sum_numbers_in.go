// Reads a count N and then N integers with fmt.Scan (input from
// sum_numbers_in.in), then prints statistics. Handles short input.
package main

import (
	"fmt"
	"sort"
)

func main() {
	var n int
	if _, err := fmt.Scan(&n); err != nil {
		fmt.Println("no count:", err)
		return
	}
	nums := make([]int, 0, n)
	for i := 0; i < n; i++ {
		var v int
		if _, err := fmt.Scan(&v); err != nil {
			fmt.Println("short input after", i, "numbers:", err)
			break
		}
		nums = append(nums, v)
	}
	if len(nums) == 0 {
		return
	}
	sum := 0
	for _, v := range nums {
		sum += v
	}
	sorted := append([]int(nil), nums...)
	sort.Ints(sorted)
	fmt.Println("count:", len(nums))
	fmt.Println("sum:", sum)
	fmt.Printf("mean: %.3f\n", float64(sum)/float64(len(nums)))
	fmt.Println("min:", sorted[0], "max:", sorted[len(sorted)-1])
	fmt.Println("median:", sorted[len(sorted)/2])
	var extra string
	_, err := fmt.Scan(&extra)
	fmt.Printf("after the numbers: %q %v\n", extra, err)
}
