package main

import (
	"fmt"
	"strconv"
)

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	fmt.Println(mustAtoi("12") + mustAtoi("30"))
	fmt.Println(mustAtoi("4x2"))
}
