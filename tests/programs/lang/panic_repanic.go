package main

import (
	"errors"
	"fmt"
)

func inner() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprint("re-panic: ", r)) // propagate a new panic
		}
	}()
	panic("original")
}

func middle() {
	defer fmt.Println("middle's defer still runs during the panic")
	inner()
	fmt.Println("not reached")
}

func outer() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("outer caught: %v", r)
		}
	}()
	middle()
	return nil
}

// A panic inside a deferred function replaces the current panic.
func replaced() (msg any) {
	defer func() { msg = recover() }()
	defer func() { panic("second panic") }()
	panic("first panic")
}

var ErrFatal = errors.New("fatal condition")

func panicWithError() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	panic(ErrFatal)
}

func main() {
	fmt.Println(outer())
	fmt.Println(replaced())
	err := panicWithError()
	fmt.Println(err, errors.Is(err, ErrFatal))
	fmt.Println("main continues")
}
