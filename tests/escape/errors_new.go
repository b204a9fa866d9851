// errors.New and custom errors: the error value escapes when returned; a
// value-receiver error type is boxed.
package main

import "errors"

type codeErr int

//go:noinline
func (c codeErr) Error() string { return "code" }

type ptrErr struct{ msg string }

//go:noinline
func (p *ptrErr) Error() string { return p.msg }

//go:noinline
func a(n int) error {
	if n == 0 {
		return errors.New("zero")
	}
	return codeErr(n)
}

//go:noinline
func b(msg string) error {
	return &ptrErr{msg}
}

//go:noinline
func check(err error) bool {
	return err != nil && err.Error() != ""
}

func main() {
	println(check(a(0)), check(a(1)), check(b("x")))
}
