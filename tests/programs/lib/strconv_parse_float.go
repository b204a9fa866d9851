package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"3.14", "-0.5", "1e10", "1E-5", ".5", "5.", "+7", "0", "-0",
		"inf", "+Inf", "-INF", "infinity", "NaN", "nan",
		"1e309", "-1e309", "1e-400", "0x1p-2", "0x1.8p1", "1_000.5", "1__0",
		"", "abc", "1.2.3", "1e", "--1", "  1", "4.9e-324", "1.7976931348623157e308", "2.5e-324"}
	for _, s := range inputs {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q, 64) = %v, %v\n", s, f, err)
	}
	for _, s := range []string{"0.1", "3.4028235e38", "3.5e38", "1e-46", "16777217"} {
		f, err := strconv.ParseFloat(s, 32)
		fmt.Printf("ParseFloat(%q, 32) = %v (%v), %v\n", s, f, float32(f), err)
	}
	f, _ := strconv.ParseFloat("0.1", 64)
	g, _ := strconv.ParseFloat("0.2", 64)
	fmt.Println(f+g, f+g == 0.3)
}
