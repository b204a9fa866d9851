// time.Duration printing: String picks the largest sensible unit and prints
// fractions without trailing zeros; %v and Println use String, %d the
// nanosecond count.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0,
		1,
		999,
		1500 * time.Nanosecond,
		time.Microsecond,
		2*time.Millisecond + 500*time.Microsecond,
		time.Second,
		1500 * time.Millisecond,
		90 * time.Second,
		time.Hour + 30*time.Minute + 5*time.Second,
		100 * time.Hour,
		-3 * time.Second,
		-1,
		1<<63 - 1,
		-1 << 63,
	}
	for _, d := range ds {
		fmt.Printf("%-22v %d\n", d, int64(d))
	}
	fmt.Println(time.Minute, time.Millisecond*250)
	fmt.Printf("%s|%q|%T\n", 2*time.Hour, 3*time.Second, time.Second)
}
