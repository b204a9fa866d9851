// The typed atomics: atomic.Int32, Int64, Uint32, Uint64, Bool, Pointer[T],
// including Swap, CompareAndSwap and (Go 1.23) And/Or.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name    string
	version int
}

func main() {
	var hits atomic.Int64
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				hits.Add(2)
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", hits.Load())

	var i32 atomic.Int32
	i32.Store(41)
	fmt.Println(i32.Add(1), i32.Swap(7), i32.Load())
	fmt.Println(i32.CompareAndSwap(7, 8), i32.CompareAndSwap(7, 9), i32.Load())

	var u32 atomic.Uint32
	u32.Store(0b1100)
	fmt.Println("And old:", u32.And(0b1010), "now:", u32.Load())
	fmt.Println("Or old:", u32.Or(0b0001), "now:", u32.Load())

	var u64 atomic.Uint64
	u64.Add(^uint64(0))
	fmt.Println("uint64 max:", u64.Load())

	var ready atomic.Bool
	fmt.Println("bool zero:", ready.Load())
	fmt.Println("swap old:", ready.Swap(true), "now:", ready.Load())
	fmt.Println("CAS true->false:", ready.CompareAndSwap(true, false), ready.Load())

	var cur atomic.Pointer[config]
	fmt.Println("pointer zero is nil:", cur.Load() == nil)
	v1 := &config{"alpha", 1}
	cur.Store(v1)
	fmt.Println(*cur.Load())
	old := cur.Swap(&config{"beta", 2})
	fmt.Println("old:", old.name, "new:", cur.Load().name)
	fmt.Println("CAS with stale old:", cur.CompareAndSwap(v1, &config{"gamma", 3}))
	fmt.Println("CAS with current:", cur.CompareAndSwap(cur.Load(), &config{"delta", 4}), cur.Load().version)
}
