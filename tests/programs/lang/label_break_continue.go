package main

import "fmt"

func main() {
	// labeled continue of the outer loop
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue outer
			}
			if i == 3 && j == 1 {
				break outer
			}
			fmt.Print("(", i, ",", j, ") ")
		}
	}
	fmt.Println()
	// find first pair summing to a target with labeled break
	nums := []int{3, 8, 1, 9, 4}
	target := 13
	fi, fj := -1, -1
search:
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				fi, fj = i, j
				break search
			}
		}
	}
	fmt.Println("pair:", fi, fj)
	// three levels deep with continue to the middle loop
	count := 0
	for a := 0; a < 3; a++ {
	middle:
		for b := 0; b < 3; b++ {
			for c := 0; c < 3; c++ {
				if c == b {
					continue middle
				}
				count++
			}
		}
	}
	fmt.Println("count:", count)
	// labeled loop over range of a string
	words := []string{"apple", "kiwi", "banana", "fig"}
rows:
	for _, w := range words {
		for _, r := range w {
			if r == 'n' {
				fmt.Println("skip word with n:", w)
				continue rows
			}
		}
		fmt.Println("word:", w)
	}
	// unused-but-declared labels on a block are allowed only if used; use one:
	k := 0
block:
	for {
		k++
		if k == 3 {
			break block
		}
	}
	fmt.Println("k:", k)
}
