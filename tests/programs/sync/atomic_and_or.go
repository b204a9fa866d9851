// Go 1.23 added atomic And/Or functions and methods, which return the old
// value. Goroutines set distinct bits concurrently; the result is fixed.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var mask uint64
	var wg sync.WaitGroup
	for bit := 0; bit < 16; bit++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.OrUint64(&mask, 1<<bit)
		}()
	}
	wg.Wait()
	fmt.Printf("after Or: %#x\n", mask)

	for bit := 0; bit < 16; bit += 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AndUint64(&mask, ^uint64(1<<bit))
		}()
	}
	wg.Wait()
	fmt.Printf("after And: %#x\n", mask)

	var i32 int32 = 0b0110
	old := atomic.AndInt32(&i32, 0b0011)
	fmt.Printf("AndInt32 old %04b new %04b\n", old, i32)
	old = atomic.OrInt32(&i32, 0b1000)
	fmt.Printf("OrInt32 old %04b new %04b\n", old, i32)

	var flags atomic.Int64
	flags.Store(-1)
	fmt.Println(flags.And(0xff), flags.Load())
	var u atomic.Uintptr
	fmt.Println(u.Or(5), u.Load())
}
