package main

import (
	"fmt"
	"math"
	"slices"
)

func main() {
	xs := []int{4, -2, 9, 0, 9, -2}
	fmt.Println(slices.Min(xs), slices.Max(xs))
	fmt.Println(slices.Min([]string{"pear", "apple", "fig"}), slices.Max([]string{"pear", "apple", "fig"}))
	fmt.Println(slices.Max([]float64{1, math.NaN(), 3}), slices.Min([]float64{2.5, -1.5}))
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]int{1, 2}, []int{2, 1}))
	fmt.Println(slices.Equal([]int{}, nil), slices.Equal([]int{1}, []int{1, 1}))
	fmt.Println(slices.Equal([]float64{math.NaN()}, []float64{math.NaN()}))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	fmt.Println(slices.Compare([]int{1, 2, 3}, []int{1, 2, 4}), slices.Compare([]int{1, 2}, []int{1, 2}), slices.Compare([]int{1, 2, 3}, []int{1, 2}))
	fmt.Println(slices.Compare([]string{"b"}, []string{"a", "z"}))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(slices.Max([]int{}))
}
