package main

import (
	"fmt"
	"strconv"
)

func main() {
	values := []int64{0, 1, -1, 255, -255, 1234567890, -9223372036854775808, 9223372036854775807}
	for _, v := range values {
		fmt.Printf("%d:", v)
		for _, base := range []int{2, 3, 8, 10, 16, 36} {
			fmt.Printf(" %s", strconv.FormatInt(v, base))
		}
		fmt.Println()
	}
	for base := 2; base <= 36; base++ {
		fmt.Printf("%s ", strconv.FormatInt(35, base))
	}
	fmt.Println()
	for _, u := range []uint64{0, 42, 18446744073709551615, 1 << 63} {
		fmt.Println(strconv.FormatUint(u, 2), strconv.FormatUint(u, 10), strconv.FormatUint(u, 16), strconv.FormatUint(u, 36))
	}
	fmt.Println(strconv.FormatInt(-8, 2), strconv.FormatInt(1e9, 36))
	fmt.Println(strconv.Itoa(-0), strconv.FormatInt(int64(int8(-128)), 16))
}
