package main

import (
	"fmt"
	"strconv"
)

func main() {
	cases := []struct {
		s    string
		bits int
	}{
		{"127", 8}, {"128", 8}, {"-128", 8}, {"-129", 8},
		{"32767", 16}, {"32768", 16}, {"-32769", 16},
		{"2147483647", 32}, {"2147483648", 32}, {"-2147483648", 32}, {"-2147483649", 32},
		{"9223372036854775807", 64}, {"9223372036854775808", 64}, {"-9223372036854775809", 64},
		{"99999999999999999999999", 64}, {"-99999999999999999999999", 64},
		{"300", 8}, {"12x", 8},
	}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, 10, c.bits)
		fmt.Printf("%-26q bits=%-2d -> %d, %v\n", c.s, c.bits, v, err)
	}
	if _, err := strconv.ParseInt("1000", 10, 8); err != nil {
		ne := err.(*strconv.NumError)
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	v, _ := strconv.ParseInt("-200", 10, 8)
	fmt.Println(int8(v), v)
}
