package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Max(3, 7), math.Max(-3, -7), math.Min(3, 7), math.Min(-3, -7))
	fmt.Println(math.Max(0, math.Copysign(0, -1)), math.Min(0, math.Copysign(0, -1)))
	fmt.Println(math.Max(math.Inf(-1), -1e308), math.Min(math.Inf(1), 1e308))
	fmt.Println(math.Abs(-3.5), math.Abs(3.5), math.Abs(math.Copysign(0, -1)), math.Abs(-math.MaxFloat64))
	fmt.Println(max(1, 5, 3), min(4, 2, 8), max(2.5, 1), min("b", "a", "c"))
	fmt.Println(max(math.NaN(), 1), min(1, math.NaN()))
	xs := []float64{3.2, -1.5, 8.75, 0, -9.25, 4}
	lo, hi := math.Inf(1), math.Inf(-1)
	sum := 0.0
	for _, x := range xs {
		lo = math.Min(lo, x)
		hi = math.Max(hi, x)
		sum += math.Abs(x)
	}
	fmt.Println(lo, hi, sum)
	mean := 0.0
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	variance := 0.0
	for _, x := range xs {
		variance += (x - mean) * (x - mean)
	}
	fmt.Printf("mean=%.4f stddev=%.4f\n", mean, math.Sqrt(variance/float64(len(xs))))
	abs := func(n int) int {
		if n < 0 {
			return -n
		}
		return n
	}
	fmt.Println(abs(-5), abs(math.MinInt64), math.Abs(float64(math.MinInt64)))
	fmt.Println(math.FMA(2, 3, 4), math.Gamma(5), math.Erf(0))
}
