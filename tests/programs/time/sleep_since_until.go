// time.Sleep, time.Since and time.Until. Measured durations vary, so they
// are only compared with thresholds; nothing measured is printed.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(100 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println("slept at least 100ms:", elapsed >= 100*time.Millisecond)
	fmt.Println("and not absurdly long:", elapsed < 5*time.Second)

	deadline := time.Now().Add(time.Hour)
	left := time.Until(deadline)
	fmt.Println("until is positive:", left > 0, "at most 1h:", left <= time.Hour)
	fmt.Println("past deadline negative:", time.Until(start) < 0)

	// Sub of two Now readings uses the monotonic clock: never negative.
	a := time.Now()
	b := time.Now()
	fmt.Println("monotonic order:", b.Sub(a) >= 0, !b.Before(a))

	// Sleep with zero or negative duration returns at once.
	t0 := time.Now()
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("zero/negative sleep is quick:", time.Since(t0) < time.Second)

	// Round(0) strips the monotonic reading; Equal still holds.
	now := time.Now()
	fmt.Println("strip monotonic equal:", now.Round(0).Equal(now))
}
