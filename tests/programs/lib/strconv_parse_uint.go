package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []struct {
		s          string
		base, bits int
	}{
		{"255", 10, 8}, {"256", 10, 8}, {"65535", 10, 16}, {"65536", 10, 16},
		{"4294967295", 10, 32}, {"4294967296", 10, 32},
		{"18446744073709551615", 10, 64}, {"18446744073709551616", 10, 64},
		{"-1", 10, 64}, {"+1", 10, 64}, {"ff", 16, 8}, {"1ff", 16, 8},
		{"0xFFFFFFFFFFFFFFFF", 0, 64}, {"11111111", 2, 8}, {"111111111", 2, 8},
		{"", 10, 64}, {"12_34", 0, 64}, {"12_34", 10, 64}, {"zz", 36, 16},
	}
	for _, in := range inputs {
		v, err := strconv.ParseUint(in.s, in.base, in.bits)
		fmt.Printf("ParseUint(%q, %d, %d) = %d, %v\n", in.s, in.base, in.bits, v, err)
	}
	u, _ := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, u+1, int64(u))
}
