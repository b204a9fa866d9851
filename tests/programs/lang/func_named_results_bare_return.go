package main

import (
	"fmt"
	"strconv"
	"strings"
)

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func stats(xs []float64) (min, max, mean float64, ok bool) {
	if len(xs) == 0 {
		return // all zero values
	}
	min, max = xs[0], xs[0]
	total := 0.0
	for _, v := range xs {
		if v < min {
			min = v
		}
		if v > max {
			max = v
		}
		total += v
	}
	mean = total / float64(len(xs))
	ok = true
	return
}

func parse(s string) (name string, age int, err error) {
	parts := strings.Split(s, ":")
	if len(parts) != 2 {
		err = fmt.Errorf("bad input %q", s)
		return
	}
	name = parts[0]
	age, err = strconv.Atoi(parts[1])
	return
}

func overrides() (a, b int) {
	a, b = 1, 2
	return b, a // explicit values replace the named ones
}

func shadowed() (n int) {
	n = 5
	{
		n := 100 // a different n
		_ = n
	}
	return
}

func main() {
	fmt.Println(split(17))
	fmt.Println(stats([]float64{3, 1, 4, 1, 5}))
	fmt.Println(stats(nil))
	fmt.Println(parse("ann:30"))
	fmt.Println(parse("nope"))
	fmt.Println(parse("bob:x"))
	fmt.Println(overrides())
	fmt.Println(shadowed())
}
