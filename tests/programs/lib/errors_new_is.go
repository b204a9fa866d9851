package main

import (
	"errors"
	"fmt"
)

var (
	ErrNotFound = errors.New("not found")
	ErrDenied   = errors.New("permission denied")
)

func fetch(id int) error {
	switch {
	case id < 0:
		return ErrDenied
	case id > 10:
		return ErrNotFound
	}
	return nil
}

func main() {
	a := errors.New("same text")
	b := errors.New("same text")
	fmt.Println(a, b, a == b, a == a, errors.Is(a, b), errors.Is(a, a))
	fmt.Println(a.Error() == b.Error())
	for _, id := range []int{-1, 5, 11} {
		err := fetch(id)
		fmt.Printf("id=%d err=%v notfound=%v denied=%v nil=%v\n", id, err,
			errors.Is(err, ErrNotFound), errors.Is(err, ErrDenied), err == nil)
	}
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, ErrNotFound), errors.Is(ErrNotFound, nil))
	wrapped := fmt.Errorf("layer: %w", ErrNotFound)
	fmt.Println(wrapped == ErrNotFound, errors.Is(wrapped, ErrNotFound))
	empty := errors.New("")
	fmt.Printf("%q %v\n", empty.Error(), empty)
	var e error = ErrDenied
	if e != nil {
		fmt.Println("error:", e.Error())
	}
	fmt.Printf("%T\n", e)
}
