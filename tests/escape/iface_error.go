// A pointer returned as an error escapes; fmt.Sprintf's operands escape.
package main

import "fmt"

type MyErr struct{ Code int }

//go:noinline
func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

//go:noinline
func mayFail(n int) error {
	if n < 0 {
		return &MyErr{n}
	}
	return nil
}

func main() {
	fmt.Println(mayFail(-1), mayFail(1))
}
