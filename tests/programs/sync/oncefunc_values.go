// sync.OnceFunc, OnceValue and OnceValues (Go 1.21) wrap a function so it
// runs once; the wrappers return the cached results on every call.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

func main() {
	count := 0
	initOnce := sync.OnceFunc(func() {
		count++
		fmt.Println("initializing")
	})
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			initOnce()
		}()
	}
	wg.Wait()
	initOnce()
	fmt.Println("count:", count)

	computed := 0
	square := sync.OnceValue(func() int {
		computed++
		return 12 * 12
	})
	fmt.Println(square(), square(), square(), "computed", computed)

	parse := sync.OnceValues(func() (int, error) {
		return strconv.Atoi("not a number")
	})
	for i := 0; i < 2; i++ {
		n, err := parse()
		fmt.Println(n, err, errors.Is(err, strconv.ErrSyntax))
	}
	ok := sync.OnceValues(func() (string, error) { return "ready", nil })
	s, err := ok()
	fmt.Println(s, err)
}
