package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	values := []float64{0, 1, -1.5, 3.14159265358979, 1.0 / 3.0, 1e21, 1e-7, 123456.789, 0.1, 2.5, 100}
	for _, v := range values {
		fmt.Printf("%-18v", v)
		for _, f := range []byte{'f', 'e', 'E', 'g', 'G'} {
			for _, prec := range []int{-1, 0, 3} {
				fmt.Printf(" %s", strconv.FormatFloat(v, f, prec, 64))
			}
		}
		fmt.Println()
	}
	for _, v := range []float64{0.1, 1.0 / 3.0, 16777217, 3.4e38, 1e-40} {
		fmt.Println(strconv.FormatFloat(v, 'g', -1, 32), strconv.FormatFloat(v, 'f', -1, 32), strconv.FormatFloat(v, 'e', 3, 32))
	}
	special := []float64{math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1)}
	for _, v := range special {
		fmt.Println(strconv.FormatFloat(v, 'f', 2, 64), strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'e', -1, 64))
	}
	fmt.Println(strconv.FormatFloat(0.5, 'f', 0, 64), strconv.FormatFloat(1.5, 'f', 0, 64), strconv.FormatFloat(2.5, 'f', 0, 64))
	fmt.Println(strconv.FormatFloat(1.005, 'f', 2, 64), strconv.FormatFloat(1.125, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(123456789, 'g', 4, 64), strconv.FormatFloat(0.000012345, 'g', 3, 64))
	fmt.Println(strconv.FormatFloat(1e6, 'g', -1, 64), strconv.FormatFloat(1e20, 'g', -1, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(5e-324, 'g', -1, 64), strconv.FormatFloat(math.MaxFloat64, 'e', -1, 64))
	fmt.Println(strconv.FormatFloat(1234.5678, 'f', 10, 64), strconv.FormatFloat(1234.5678, 'e', 10, 64))
}
