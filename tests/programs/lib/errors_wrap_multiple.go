package main

import (
	"errors"
	"fmt"
)

var (
	ErrIO      = errors.New("io error")
	ErrTimeout = errors.New("timeout")
)

type OpError struct{ Op string }

func (e *OpError) Error() string { return "op " + e.Op }

func main() {
	e := fmt.Errorf("read failed: %w; also %w", ErrIO, ErrTimeout)
	fmt.Println(e)
	fmt.Println(errors.Is(e, ErrIO), errors.Is(e, ErrTimeout))
	fmt.Println(errors.Unwrap(e))
	if m, ok := e.(interface{ Unwrap() []error }); ok {
		for i, inner := range m.Unwrap() {
			fmt.Println(i, inner)
		}
	}
	e2 := fmt.Errorf("outer: %w", fmt.Errorf("%w + %w", &OpError{"dial"}, ErrTimeout))
	fmt.Println(e2)
	var oe *OpError
	fmt.Println(errors.As(e2, &oe), oe.Op, errors.Is(e2, ErrTimeout), errors.Is(e2, ErrIO))
	e3 := fmt.Errorf("%v and %w", ErrIO, ErrTimeout)
	fmt.Println(e3, errors.Is(e3, ErrIO), errors.Is(e3, ErrTimeout))
	fmt.Println(errors.Unwrap(e3) == ErrTimeout)
	e4 := fmt.Errorf("[%[1]w] [%[1]v]", ErrIO)
	fmt.Println(e4, errors.Is(e4, ErrIO))
	fmt.Printf("%T %T %T\n", e, e3, fmt.Errorf("x"))
}
