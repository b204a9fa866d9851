package main

import (
	"errors"
	"fmt"
)

var errEmpty = errors.New("empty input")

func parse(s string) int {
	if s == "" {
		panic(errEmpty)
	}
	return len(s)
}

func main() {
	fmt.Println(parse("abc"))
	fmt.Println(parse(""))
}
