// sync/atomic function API: AddInt64, LoadInt64/StoreInt64, SwapInt32,
// CompareAndSwapInt64, AddUint32 (with wraparound) and friends.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var total int64
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				atomic.AddInt64(&total, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("total:", atomic.LoadInt64(&total))

	atomic.StoreInt64(&total, -5)
	fmt.Println("after store:", atomic.LoadInt64(&total))
	fmt.Println("add returns new:", atomic.AddInt64(&total, 10))

	var flag int32
	fmt.Println("swap old:", atomic.SwapInt32(&flag, 1), "now:", atomic.LoadInt32(&flag))
	fmt.Println("CAS 1->2:", atomic.CompareAndSwapInt32(&flag, 1, 2), flag)
	fmt.Println("CAS 1->3:", atomic.CompareAndSwapInt32(&flag, 1, 3), flag)

	var u uint32 = 1
	fmt.Println("uint32 subtract 2 via ^uint32(1):", atomic.AddUint32(&u, ^uint32(1)))
	var u64 uint64
	atomic.AddUint64(&u64, 1<<40)
	fmt.Println("uint64:", atomic.LoadUint64(&u64))

	var up uintptr = 100
	atomic.AddUintptr(&up, 23)
	fmt.Println("uintptr:", atomic.LoadUintptr(&up))

	// A CAS loop computing a concurrent maximum.
	var max int64
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := int64((g * 37) % 23)
			for {
				old := atomic.LoadInt64(&max)
				if v <= old || atomic.CompareAndSwapInt64(&max, old, v) {
					return
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("max:", max)
}
