// sync.Map: Store, Load, LoadOrStore, LoadAndDelete, Delete, Swap,
// CompareAndSwap, CompareAndDelete, Range (collected and sorted) and Clear.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func dump(m *sync.Map) {
	var lines []string
	m.Range(func(k, v any) bool {
		lines = append(lines, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(lines)
	fmt.Println(lines)
}

func main() {
	var m sync.Map
	m.Store("apple", 3)
	m.Store("pear", 5)
	m.Store("plum", 1)
	v, ok := m.Load("apple")
	fmt.Println("load apple:", v, ok)
	v, ok = m.Load("kiwi")
	fmt.Println("load kiwi:", v, ok)

	actual, loaded := m.LoadOrStore("pear", 100)
	fmt.Println("LoadOrStore pear:", actual, loaded)
	actual, loaded = m.LoadOrStore("fig", 7)
	fmt.Println("LoadOrStore fig:", actual, loaded)

	v, loaded = m.LoadAndDelete("plum")
	fmt.Println("LoadAndDelete plum:", v, loaded)
	v, loaded = m.LoadAndDelete("plum")
	fmt.Println("LoadAndDelete plum again:", v, loaded)

	prev, loaded := m.Swap("apple", 30)
	fmt.Println("Swap apple:", prev, loaded)
	fmt.Println("CompareAndSwap pear 5->6:", m.CompareAndSwap("pear", 5, 6))
	fmt.Println("CompareAndSwap pear 5->7:", m.CompareAndSwap("pear", 5, 7))
	fmt.Println("CompareAndDelete fig 8:", m.CompareAndDelete("fig", 8))
	m.Delete("nothing")
	dump(&m)

	// Range stops when the function returns false.
	n := 0
	m.Range(func(k, v any) bool { n++; return false })
	fmt.Println("visited before stop:", n)

	m.Clear()
	dump(&m)
}
