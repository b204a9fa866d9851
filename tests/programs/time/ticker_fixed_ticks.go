// time.NewTicker delivers ticks at a fixed period. Read exactly four ticks,
// stop the ticker, and check no more ticks arrive. Reset changes the period.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(50 * time.Millisecond)
	for i := 1; i <= 4; i++ {
		<-tk.C
		fmt.Println("tick", i)
	}
	fmt.Println("at least 200ms passed:", time.Since(start) >= 200*time.Millisecond)
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick after Stop")
	case <-time.After(150 * time.Millisecond):
		fmt.Println("no ticks after Stop")
	}

	tk.Reset(30 * time.Millisecond)
	t0 := time.Now()
	<-tk.C
	<-tk.C
	fmt.Println("two ticks after Reset, >= 60ms:", time.Since(t0) >= 60*time.Millisecond)
	tk.Stop()
	fmt.Println("cap:", cap(tk.C))
}
