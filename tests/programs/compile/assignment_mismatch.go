package main

import (
	"fmt"
	"strconv"
)

func count() int { return 1 }

func main() {
	a, b := count()
	n := strconv.Atoi("12")
	var x, y int = 1, 2, 3
	fmt.Println(a, b, n, x, y)
}
