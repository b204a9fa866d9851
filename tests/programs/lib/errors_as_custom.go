package main

import (
	"errors"
	"fmt"
)

// PathError has a pointer receiver: *PathError is the error type.
type PathError struct {
	Op, Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": failed" }

// CodeError has a value receiver: both CodeError and *CodeError are errors.
type CodeError struct {
	Code int
}

func (e CodeError) Error() string { return fmt.Sprintf("code %d", e.Code) }

func open(p string) error {
	if p == "" {
		return &PathError{"open", "<empty>"}
	}
	if p == "code" {
		return fmt.Errorf("wrapped: %w", CodeError{42})
	}
	return fmt.Errorf("context: %w", &PathError{"read", p})
}

func main() {
	for _, p := range []string{"", "a/b", "code"} {
		err := open(p)
		var pe *PathError
		var ce CodeError
		var cpe *CodeError
		fmt.Printf("%q: %v\n", p, err)
		if errors.As(err, &pe) {
			fmt.Println("  as *PathError:", pe.Op, pe.Path)
		}
		if errors.As(err, &ce) {
			fmt.Println("  as CodeError:", ce.Code)
		}
		if errors.As(err, &cpe) {
			fmt.Println("  as *CodeError:", cpe.Code)
		}
	}
	var target interface{ Error() string }
	if errors.As(open("x"), &target) {
		fmt.Printf("as interface: %v (%T)\n", target, target)
	}
	var pe *PathError
	fmt.Println(errors.As(nil, &pe), pe == nil)
	err := open("z")
	var t interface{ Timeout() bool }
	fmt.Println(errors.As(err, &t))
}
