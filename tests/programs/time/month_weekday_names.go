// time.Month and time.Weekday are integer types with String methods;
// out-of-range values print as %!Month(13) / %!Weekday(9).
package main

import (
	"fmt"
	"time"
)

func main() {
	for m := time.January; m <= time.December; m++ {
		fmt.Printf("%2d %-9s %s\n", int(m), m, m.String()[:3])
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	fmt.Println(time.Month(13), time.Weekday(9), time.Month(0))
	fmt.Printf("%d %v %T\n", time.March, time.March, time.March)
	t := time.Date(2024, time.February, 29, 0, 0, 0, 0, time.UTC)
	fmt.Println(t.Month() == time.February, t.Weekday() == time.Thursday)
}
