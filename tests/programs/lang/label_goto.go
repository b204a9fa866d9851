package main

import "fmt"

func collatzSteps(n int) int {
	steps := 0
loop:
	if n == 1 {
		return steps
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto loop
}

func findNegative(xs [][]int) (int, int) {
	for i, row := range xs {
		for j, v := range row {
			if v < 0 {
				fmt.Println("found at", i, j)
				goto found
			}
		}
	}
	return -1, -1
found:
	return 1, 1
}

func retry() {
	attempts := 0
again:
	attempts++
	fmt.Println("attempt", attempts)
	if attempts < 3 {
		goto again
	}
	fmt.Println("succeeded after", attempts)
}

func main() {
	for _, n := range []int{1, 6, 7, 27} {
		fmt.Println("collatz", n, collatzSteps(n))
	}
	fmt.Println(findNegative([][]int{{1, 2}, {3, -4}}))
	fmt.Println(findNegative([][]int{{1}}))
	retry()
	// forward goto skipping statements (no variable declarations skipped)
	i := 0
	goto skip
skip:
	i += 10
	fmt.Println("i:", i)
	// goto out of a nested block
	for x := 0; x < 10; x++ {
		if x == 2 {
			goto done
		}
		fmt.Println("x:", x)
	}
done:
	fmt.Println("done")
}
