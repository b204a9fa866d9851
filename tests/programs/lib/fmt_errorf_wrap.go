package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func level1() error { return fmt.Errorf("level1: %w", ErrBase) }
func level2() error { return fmt.Errorf("level2 (%d): %w", 2, level1()) }

func main() {
	e2 := level2()
	fmt.Println(e2)
	e1 := errors.Unwrap(e2)
	fmt.Println(e1)
	e0 := errors.Unwrap(e1)
	fmt.Println(e0, e0 == ErrBase)
	fmt.Println(errors.Unwrap(e0))
	fmt.Println(errors.Is(e2, ErrBase))
	plain := fmt.Errorf("no wrap: %v", ErrBase)
	fmt.Println(plain, errors.Unwrap(plain), errors.Is(plain, ErrBase))
	multi := fmt.Errorf("both: %w and %w", ErrBase, errors.New("other"))
	fmt.Println(multi)
	fmt.Println(errors.Unwrap(multi), errors.Is(multi, ErrBase))
	bad := fmt.Errorf("bad verb: %w", "not an error")
	fmt.Println(bad)
	nilw := fmt.Errorf("nil: %w", nil)
	fmt.Println(nilw, errors.Unwrap(nilw))
	fmt.Println(fmt.Errorf("plain %d", 5))
	fmt.Println(fmt.Errorf("%w", ErrBase) != ErrBase)
	fmt.Printf("%v|%s|%q\n", e1, e1, e1)
	fmt.Printf("%+v\n", e2)
	pct := fmt.Errorf("%d%% done: %w", 50, ErrBase)
	fmt.Println(pct, errors.Is(pct, ErrBase))
	fmt.Println(fmt.Errorf("missing %w"))
}
