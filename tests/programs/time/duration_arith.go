// Duration arithmetic and conversions: multiplication by integers, division,
// Hours/Minutes/Seconds as float64, Milliseconds/Microseconds as int64,
// Truncate, Round and Abs.
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d)
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())

	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour))
	fmt.Println(d.Truncate(time.Minute), d.Round(time.Minute))
	fmt.Println(d.Round(0), d.Truncate(-1))

	n := 4
	fmt.Println(time.Duration(n) * time.Second)
	fmt.Println(d / 2)
	fmt.Println(d / time.Minute)
	fmt.Println(d % time.Hour)
	fmt.Println((-d).Abs(), time.Duration(-1<<63).Abs())

	timeout := 2 * time.Second
	step := 300 * time.Millisecond
	fmt.Println("steps:", int(timeout/step), "rest:", timeout%step)
	fmt.Println(timeout > step, timeout == 2000*time.Millisecond)

	var total time.Duration
	for _, ms := range []int{120, 340, 560} {
		total += time.Duration(ms) * time.Millisecond
	}
	fmt.Println("total:", total, "avg:", total/3)
	fmt.Printf("%.2f seconds\n", total.Seconds())
}
