package main

import (
	"errors"
	"fmt"
)

type StepError struct {
	Step int
	Err  error
}

func (e *StepError) Error() string { return fmt.Sprintf("step %d: %v", e.Step, e.Err) }
func (e *StepError) Unwrap() error { return e.Err }

var ErrRoot = errors.New("disk full")

func run(n int) error {
	if n == 0 {
		return ErrRoot
	}
	return &StepError{n, run(n - 1)}
}

func main() {
	err := run(3)
	fmt.Println(err)
	depth := 0
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%d: %T %v\n", depth, e, e)
		depth++
	}
	fmt.Println(errors.Is(err, ErrRoot))
	var se *StepError
	if errors.As(err, &se) {
		fmt.Println("outermost step:", se.Step)
	}
	inner := errors.Unwrap(errors.Unwrap(err))
	if errors.As(inner, &se) {
		fmt.Println("inner step:", se.Step)
	}
	mixed := fmt.Errorf("top: %w", &StepError{9, fmt.Errorf("mid: %w", ErrRoot)})
	fmt.Println(mixed)
	fmt.Println(errors.Is(mixed, ErrRoot), errors.As(mixed, &se), se.Step)
	fmt.Println(errors.Unwrap(ErrRoot) == nil)
	var nilStep *StepError
	fmt.Println(nilStep == nil)
}
