// runtime.GOMAXPROCS(0) queries the number of Ps without changing it, and
// runtime.NumCPU reports the CPUs. Both depend on the machine (Goroscope
// reports 1), so only facts true everywhere are printed. Setting GOMAXPROCS
// returns the previous value; the program's results do not depend on it.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	procs := runtime.GOMAXPROCS(0)
	fmt.Println("GOMAXPROCS >= 1:", procs >= 1)
	fmt.Println("NumCPU >= 1:", runtime.NumCPU() >= 1)
	fmt.Println("query does not change it:", runtime.GOMAXPROCS(0) == procs)

	prev := runtime.GOMAXPROCS(1)
	fmt.Println("set returns previous:", prev == procs)
	fmt.Println("now 1:", runtime.GOMAXPROCS(0) == 1)

	// Goroutines still make progress with a single P.
	var wg sync.WaitGroup
	sums := make([]int, 4)
	for i := range sums {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 1; k <= 100*(i+1); k++ {
				sums[i] += k
			}
		}()
	}
	wg.Wait()
	fmt.Println(sums)
	runtime.GOMAXPROCS(prev)
	fmt.Println("restored:", runtime.GOMAXPROCS(0) == procs)
}
