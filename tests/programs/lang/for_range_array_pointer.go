package main

import "fmt"

func main() {
	arr := [4]string{"a", "b", "c", "d"}
	for i, v := range arr {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	// range over an array copies it: changes during the loop are not seen
	nums := [3]int{1, 2, 3}
	for i, v := range nums {
		if i == 0 {
			nums[1] = 20
			nums[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(nums)
	// range over a pointer to array does not copy
	nums = [3]int{1, 2, 3}
	for i, v := range &nums {
		if i == 0 {
			nums[1] = 20
			nums[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	p := &nums
	for i := range p {
		p[i] *= 2
	}
	fmt.Println(nums)
	// only index: the array is not copied at all, len is constant
	var big [5]int
	count := 0
	for i := range big {
		count += i
	}
	fmt.Println("count:", count)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	for r, row := range grid {
		for c := range row {
			fmt.Print(r, c, "=", grid[r][c], " ")
		}
	}
	fmt.Println()
	for _, v := range [...]float64{1.5, 2.5} {
		fmt.Print(v*2, " ")
	}
	fmt.Println()
}
