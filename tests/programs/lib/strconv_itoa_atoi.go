package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, n := range []int{0, 7, -7, 123456789, -9223372036854775808, 9223372036854775807} {
		s := strconv.Itoa(n)
		back, err := strconv.Atoi(s)
		fmt.Printf("%q %d %v %v\n", s, back, err, back == n)
	}
	inputs := []string{"42", "-42", "+42", "007", "0", "-0", "  42", "42 ", "4_2", "0x1F", "", "abc", "12a",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "+", "-", "１２"}
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		fmt.Printf("Atoi(%q) = %d, %v\n", in, n, err)
	}
	sum := 0
	for _, f := range []string{"10", "20", "x", "30"} {
		if v, err := strconv.Atoi(f); err == nil {
			sum += v
		} else {
			fmt.Println("skip:", err)
		}
	}
	fmt.Println("sum", sum)
}
