// Futures: a function starts a computation in a goroutine and returns a
// receive-only channel holding its single result.
package main

import (
	"fmt"
	"strconv"
)

type result[T any] struct {
	val T
	err error
}

func async[T any](f func() (T, error)) <-chan result[T] {
	ch := make(chan result[T], 1)
	go func() {
		v, err := f()
		ch <- result[T]{v, err}
	}()
	return ch
}

func main() {
	a := async(func() (int, error) { return strconv.Atoi("123") })
	b := async(func() (int, error) { return strconv.Atoi("12x") })
	c := async(func() (string, error) { return strconv.Quote("tab\there"), nil })

	ra := <-a
	rb := <-b
	rc := <-c
	fmt.Println(ra.val, ra.err)
	fmt.Println(rb.val, rb.err)
	fmt.Println(rc.val, rc.err)
	fmt.Printf("%T\n", a)
}
