package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("error A")
	ErrB = errors.New("error B")
	ErrC = errors.New("error C")
)

type LimitError struct{ Max int }

func (e LimitError) Error() string { return fmt.Sprintf("limit %d exceeded", e.Max) }

func validate(xs []int) error {
	var errs []error
	for i, x := range xs {
		if x < 0 {
			errs = append(errs, fmt.Errorf("item %d: negative (%d)", i, x))
		}
		if x > 100 {
			errs = append(errs, LimitError{100})
		}
	}
	return errors.Join(errs...)
}

func main() {
	j := errors.Join(ErrA, ErrB)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Is(j, ErrC))
	fmt.Println(errors.Unwrap(j) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[1])
	}
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	single := errors.Join(nil, ErrC, nil)
	fmt.Println(single, single == ErrC, errors.Is(single, ErrC))
	nested := errors.Join(fmt.Errorf("wrap: %w", j), ErrC)
	fmt.Println(nested)
	fmt.Println(errors.Is(nested, ErrA), errors.Is(nested, ErrC))
	fmt.Println(validate([]int{1, 2, 3}))
	err := validate([]int{-1, 5, 200, -7})
	fmt.Println(err)
	var le LimitError
	fmt.Println(errors.As(err, &le), le.Max)
	fmt.Printf("%T\n", j)
}
