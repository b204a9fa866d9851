// Untyped constants and Durations: constant expressions convert implicitly,
// variables need an explicit conversion. Also ParseDuration round trips and
// Duration as a map key.
package main

import (
	"fmt"
	"time"
)

const pollEvery = 250 * time.Millisecond

func main() {
	fmt.Println(pollEvery, pollEvery*4, 2*time.Second/3)
	retries := 5
	backoff := time.Duration(retries) * pollEvery
	fmt.Println("backoff:", backoff)

	var d time.Duration = 1e9
	fmt.Println(d, time.Duration(1.5e9))

	delays := map[time.Duration]string{
		time.Millisecond: "fast",
		time.Second:      "slow",
		time.Minute:      "glacial",
	}
	for _, k := range []time.Duration{time.Second, time.Minute, time.Millisecond} {
		fmt.Println(k, delays[k])
	}

	for _, s := range []string{"1h1m1s", "61m", "3601s"} {
		p, _ := time.ParseDuration(s)
		fmt.Println(s, "->", p, p == time.Hour+time.Minute+time.Second)
	}

	exp := time.Millisecond
	for i := 0; i < 5; i++ {
		fmt.Print(exp, " ")
		exp *= 10
	}
	fmt.Println()
}
