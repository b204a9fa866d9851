package main

import (
	"errors"
	"fmt"
)

func double() (result int) {
	defer func() { result *= 2 }()
	return 21 // result = 21, then the deferred func doubles it
}

func track() (s string) {
	defer func() { s += " +defer1" }()
	defer func() { s += " +defer2" }()
	s = "body"
	return s + " +return"
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }() // cannot affect the already-copied result
	return x
}

func withErr(fail bool) (n int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
			n = -1
		}
	}()
	if fail {
		return 5, errors.New("failed")
	}
	return 5, nil
}

func recoverToResult() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	panic("oops")
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n++ }()
	}
	return 10
}

func main() {
	fmt.Println(double())
	fmt.Println(track())
	fmt.Println(unnamed())
	fmt.Println(withErr(false))
	fmt.Println(withErr(true))
	fmt.Println(recoverToResult())
	fmt.Println(counter())
}
