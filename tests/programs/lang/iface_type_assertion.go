package main

import (
	"errors"
	"fmt"
)

type Named interface{ Name() string }
type Dog struct{}

func (Dog) Name() string { return "dog" }

func main() {
	var v any = 42
	i := v.(int)
	fmt.Println("int:", i)
	s, ok := v.(string)
	fmt.Printf("string: %q %v\n", s, ok)
	f, ok := v.(float64)
	fmt.Println("float64:", f, ok)
	n, ok := v.(Named)
	fmt.Println("Named:", n, ok)
	v = Dog{}
	n, ok = v.(Named)
	fmt.Println("Named:", n.Name(), ok)
	d := v.(Dog)
	fmt.Printf("%T\n", d)
	_, ok = v.(*Dog)
	fmt.Println("*Dog:", ok)
	// failed assertion without comma-ok panics
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			if err, isErr := r.(error); isErr {
				fmt.Println("is runtime error:", err.Error())
			}
		}()
		_ = v.(int)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var empty any
		_ = empty.(string)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var named Named = Dog{}
		_ = named.(fmt.Stringer)
	}()
	var err error = errors.New("boom")
	if e, ok := err.(interface{ Error() string }); ok {
		fmt.Println("anonymous interface assertion:", e.Error())
	}
	var nilAny any
	x, ok := nilAny.(int)
	fmt.Println("nil assert:", x, ok)
}
