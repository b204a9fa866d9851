package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ key string }

func (e *NotFound) Error() string { return "not found: " + e.key }

func main() {
	var err error = errors.New("plain")
	fmt.Println(err)
	nf := err.(*NotFound)
	fmt.Println(nf.key)
}
