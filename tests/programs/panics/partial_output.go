package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	table := []int{5, 4, 3, 2, 1, 0}
	for _, d := range table {
		sb.WriteString(fmt.Sprint(60 / d))
		sb.WriteByte(' ')
		fmt.Println(sb.String())
	}
}
