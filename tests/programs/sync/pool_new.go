// sync.Pool: only deterministic behaviour is shown. Get on an empty pool calls
// New; without New it returns nil. Whatever Get returns after a Put is
// either the put value or a new one, so only its type is checked.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	created := 0
	pool := sync.Pool{
		New: func() any {
			created++
			return new(strings.Builder)
		},
	}
	b := pool.Get().(*strings.Builder)
	fmt.Println("created after first Get:", created, "len:", b.Len())
	b.WriteString("hello")
	fmt.Println(b.String())
	b.Reset()
	pool.Put(b)

	again := pool.Get()
	_, isBuf := again.(*strings.Builder)
	fmt.Println("Get after Put gives a builder:", isBuf)

	var empty sync.Pool
	fmt.Println("no New, empty pool:", empty.Get())

	ints := sync.Pool{New: func() any { return 7 }}
	fmt.Println("New value:", ints.Get(), ints.Get())
}
