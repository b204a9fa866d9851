package main

import "fmt"

func average(total, count int) int {
	return total / count
}

func report(values []int) {
	sum := 0
	for _, v := range values {
		sum += v
	}
	fmt.Println("sum", sum)
	fmt.Println("avg", average(sum, len(values)))
}

func main() {
	report([]int{4, 6, 8})
	report(nil)
}
