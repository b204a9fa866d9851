package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr // typed nil pointer
	if fail {
		p = &MyErr{"failed"}
	}
	return p // never a nil interface!
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	var e error
	fmt.Println("nil interface == nil:", e == nil)
	err := mayFail(false)
	fmt.Println("typed nil in interface == nil:", err == nil)
	fmt.Printf("%T %v\n", err, err)
	fmt.Println("calling method on nil pointer receiver:", err.Error())
	err2 := correct(false)
	fmt.Println("correct nil:", err2 == nil)
	var p *MyErr
	var i any = p
	fmt.Println("any(nil ptr) == nil:", i == nil, "i.(*MyErr) == nil:", i.(*MyErr) == nil)
	fmt.Println("any(nil ptr) == (*MyErr)(nil):", i == (*MyErr)(nil))
	var a, b any
	fmt.Println("two nil interfaces equal:", a == b)
	a = (*int)(nil)
	b = (*string)(nil)
	fmt.Println("nil ptrs of different types equal:", a == b)
	var s []int
	var is any = s
	fmt.Println("nil slice in any == nil:", is == nil)
	var target *MyErr
	wrapped := fmt.Errorf("ctx: %w", correct(true))
	fmt.Println(errors.As(wrapped, &target), target.msg)
}
