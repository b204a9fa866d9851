// main waits on a WaitGroup while a worker panics with a custom error type.
// The panic report uses the Error method, then the goroutine trace, and the
// exit status is 2; main's deferred call does not run.
package main

import (
	"fmt"
	"sync"
)

type validationError struct {
	field string
	value int
}

func (e *validationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.field, e.value)
}

func validate(age int) {
	if age < 0 {
		panic(&validationError{"age", age})
	}
}

func main() {
	defer fmt.Println("main defer (not run)")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		// Done is called at the end, not deferred: a deferred Done would run
		// while the goroutine panics and could let main return first.
		for _, a := range []int{30, 12} {
			validate(a)
		}
		fmt.Println("first batch valid")
		validate(-5)
		wg.Done()
	}()
	wg.Wait()
}
