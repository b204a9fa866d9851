// time.ParseDuration: units ns, us, µs, ms, s, m, h, signs, fractions and
// combinations; errors quote the input.
package main

import (
	"fmt"
	"time"
)

func main() {
	inputs := []string{
		"300ms", "-1.5h", "2h45m", "1h2m3s4ms5us6ns", "1.5µs", "0", "+10s",
		".5s", "1e3s", "", "10", "3 s", "5d", "9999999999h",
	}
	for _, in := range inputs {
		d, err := time.ParseDuration(in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%q -> %v (%d)\n", in, d, d)
	}
}
