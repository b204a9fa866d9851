package main

import (
	"fmt"
	"strconv"
)

func main() {
	buf := make([]byte, 0, 8)
	buf = append(buf, "int:"...)
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, " hex:"...)
	buf = strconv.AppendInt(buf, 255, 16)
	buf = append(buf, " bin:"...)
	buf = strconv.AppendUint(buf, 5, 2)
	buf = append(buf, " f:"...)
	buf = strconv.AppendFloat(buf, 3.25, 'f', 1, 64)
	buf = append(buf, " g:"...)
	buf = strconv.AppendFloat(buf, 1e-9, 'g', -1, 64)
	buf = append(buf, " b:"...)
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, " q:"...)
	buf = strconv.AppendQuote(buf, "hi")
	fmt.Println(string(buf))
	fmt.Println(len(buf))
	var nums []byte
	for i := 0; i < 10; i++ {
		if i > 0 {
			nums = append(nums, ',')
		}
		nums = strconv.AppendInt(nums, int64(i*i*i), 10)
	}
	fmt.Println(string(nums))
	base := []byte("x")
	a := strconv.AppendInt(base[:1:1], 1, 10)
	b := strconv.AppendInt(base[:1:1], 2, 10)
	fmt.Println(string(a), string(b), string(base))
	fmt.Printf("%q\n", strconv.AppendInt(nil, 0, 10))
}
