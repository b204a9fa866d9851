// time.Ticker delivers a tick every period; stop it when done.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ticker := time.NewTicker(250 * time.Millisecond)
	defer ticker.Stop()
	for i := 1; i <= 4; i++ {
		<-ticker.C
		// Whole periods elapsed: robust to a few milliseconds of lateness.
		periods := time.Since(start) / (250 * time.Millisecond)
		fmt.Printf("tick %d after %d periods\n", i, periods)
	}
}
