package main

import (
	"fmt"
	"strconv"
	"strings"
)

// 1M strings.Builder and strconv operations.
func main() {
	var b strings.Builder
	total := 0
	for i := 0; i < 500_000; i++ {
		s := strconv.Itoa(i)
		n, _ := strconv.Atoi(s)
		total += n
		b.WriteString(s)
		if b.Len() > 1<<16 {
			b.Reset()
		}
	}
	fmt.Println(total, b.Len())
}
