package main

import (
	"errors"
	"fmt"
)

func try(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(try(func() { panic("one") }))
	fmt.Println(try(func() {}))
	err := try(func() { panic(errors.New("two")) })
	fmt.Println(err)
	// A panic with no recover in sight ends the program.
	panic(err)
}
