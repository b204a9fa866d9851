// Unlike Once.Do, the function returned by sync.OnceFunc re-panics with the
// same value on every call if f panicked. OnceValue behaves the same.
package main

import (
	"fmt"
	"sync"
)

func call(name string, f func()) {
	defer func() {
		fmt.Printf("%s: recovered %v\n", name, recover())
	}()
	f()
}

func main() {
	runs := 0
	f := sync.OnceFunc(func() {
		runs++
		panic(fmt.Sprintf("failure #%d", runs))
	})
	call("first", f)
	call("second", f)
	call("third", f)
	fmt.Println("runs:", runs)

	v := sync.OnceValue(func() int {
		var m map[string]int
		m["x"] = 1 // nil map write
		return 1
	})
	call("value 1", func() { fmt.Println(v()) })
	call("value 2", func() { fmt.Println(v()) })
}
