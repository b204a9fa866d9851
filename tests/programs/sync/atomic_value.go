// atomic.Value holds any value of one consistent concrete type; storing nil
// or a value of another type panics.
package main

import (
	"fmt"
	"sync/atomic"
)

type settings struct {
	debug bool
	level int
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	var v atomic.Value
	fmt.Println("empty Load:", v.Load())
	v.Store(settings{debug: true, level: 2})
	s := v.Load().(settings)
	fmt.Printf("%+v\n", s)

	old := v.Swap(settings{level: 5})
	fmt.Printf("swapped out %+v, now %+v\n", old, v.Load())
	fmt.Println("CAS stale:", v.CompareAndSwap(settings{level: 1}, settings{level: 9}))
	fmt.Println("CAS current:", v.CompareAndSwap(settings{level: 5}, settings{level: 6}))
	fmt.Printf("%+v\n", v.Load())

	try("store other type", func() { v.Store("a string") })
	try("store nil", func() { v.Store(nil) })
	try("swap other type", func() { v.Swap(42) })
	try("store same type", func() { v.Store(settings{}) })

	var strs atomic.Value
	strs.Store([]string{"a", "b"})
	fmt.Println(strs.Load().([]string))
}
