// runtime.MemStats is consistent with what the program did: live objects
// are Mallocs - Frees, a forced collection counts, objects dropped before a
// collection are freed by it, and debug.SetGCPercent(-1) stops pacing.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type node struct {
	next *node
	data [120]byte
}

var keep []*node

// Allocations stored here escape to the heap (a local would stay on the stack).
var last *node

func read() runtime.MemStats {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m
}

func main() {
	runtime.GC()
	a := read()
	fmt.Println("HeapObjects == Mallocs-Frees:", a.HeapObjects == a.Mallocs-a.Frees)
	fmt.Println("HeapInuse >= HeapAlloc:", a.HeapInuse >= a.HeapAlloc)
	fmt.Println("Alloc == HeapAlloc:", a.Alloc == a.HeapAlloc)
	fmt.Println("Sys >= HeapSys+StackSys:", a.Sys >= a.HeapSys+a.StackSys)
	fmt.Println("StackInuse > 0:", a.StackInuse > 0)

	// 1000 live objects of 128 bytes.
	for i := 0; i < 1000; i++ {
		keep = append(keep, &node{})
	}
	b := read()
	fmt.Println("Mallocs grew by at least 1000:", b.Mallocs-a.Mallocs >= 1000)
	fmt.Println("HeapAlloc grew by at least 128000:", b.HeapAlloc-a.HeapAlloc >= 128000)
	fmt.Println("TotalAlloc grew at least as much:", b.TotalAlloc-a.TotalAlloc >= b.HeapAlloc-a.HeapAlloc)
	fmt.Println("HeapObjects == Mallocs-Frees:", b.HeapObjects == b.Mallocs-b.Frees)

	// Dropped, then collected.
	keep = nil
	runtime.GC()
	c := read()
	fmt.Println("NumGC grew:", c.NumGC > b.NumGC)
	fmt.Println("NumForcedGC grew by 1:", c.NumForcedGC == b.NumForcedGC+1)
	fmt.Println("Frees grew by at least 1000:", c.Frees-b.Frees >= 1000)
	fmt.Println("HeapAlloc shrank by at least 128000:", b.HeapAlloc-c.HeapAlloc >= 128000)
	fmt.Println("TotalAlloc never shrinks:", c.TotalAlloc >= b.TotalAlloc)
	fmt.Println("HeapObjects == Mallocs-Frees:", c.HeapObjects == c.Mallocs-c.Frees)
	fmt.Println("PauseTotalNs covers the last pause:", c.PauseTotalNs >= c.PauseNs[(c.NumGC+255)%256])
	fmt.Println("LastGC set:", c.LastGC > 0)

	// Pacing off: 32 MB of garbage and no collection.
	fmt.Println("SetGCPercent(-1) returns", debug.SetGCPercent(-1))
	d := read()
	sink := 0
	for i := 0; i < 256*1024; i++ {
		last = &node{}
		last.data[0] = byte(i)
		sink += int(last.data[0])
	}
	e := read()
	fmt.Println("no collection with GC off:", e.NumGC == d.NumGC)
	fmt.Println("SetGCPercent(100) returns", debug.SetGCPercent(100))

	// Pacing on: the same garbage now triggers collections.
	for i := 0; i < 256*1024; i++ {
		last = &node{}
		last.data[0] = byte(i)
		sink += int(last.data[0])
	}
	f := read()
	fmt.Println("collections with GC on:", f.NumGC > e.NumGC)
	fmt.Println("live heap stays small:", f.HeapAlloc < 16<<20)

	debug.FreeOSMemory()
	g := read()
	fmt.Println("FreeOSMemory collects:", g.NumGC > f.NumGC, g.NumForcedGC == f.NumForcedGC+1)
	fmt.Println("HeapObjects == Mallocs-Frees:", g.HeapObjects == g.Mallocs-g.Frees)
	fmt.Println(sink > 0)
}
