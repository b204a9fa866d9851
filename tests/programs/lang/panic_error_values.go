package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

func mustPositive(field string, v int) int {
	if v <= 0 {
		panic(&ValidationError{field, v})
	}
	return v
}

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func try(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = r
		default:
			err = fmt.Errorf("non-error panic: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(try(func() { mustPositive("age", 5) }))
	err := try(func() { mustPositive("age", -3) })
	fmt.Println(err)
	var ve *ValidationError
	if errors.As(err, &ve) {
		fmt.Println("field:", ve.Field, "value:", ve.Value)
	}
	err = try(func() { mustAtoi("12x") })
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	fmt.Println(try(func() { panic("plain string") }))
	fmt.Println(try(func() { panic(errors.New("made with errors.New")) }))
	err = try(func() {
		var arr [3]int
		i := 5
		arr[i%len(arr)+3] = 1
	})
	fmt.Println(err)
	var re interface{ RuntimeError() }
	fmt.Println("is runtime error:", errors.As(err, &re))
}
