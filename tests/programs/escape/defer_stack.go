// Deferred calls whose closure objects and arguments live in the frame,
// run after the stack has moved (deep recursion between the defer and the
// return), and deferred closures that modify named results.
package main

import "fmt"

//go:noinline
func depth(n int) int {
	var pad [8]int
	pad[n%8] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + pad[n%8]
}

func report(p *int, q *[3]int, label string) {
	fmt.Println(label, *p, q[0], q[1], q[2])
}

func work(n int) (result int) {
	x := 1
	arr := [3]int{1, 2, 3}
	defer report(&x, &arr, "deferred args:")
	defer func() {
		result += x * 1000
	}()
	x = 7
	arr[2] = 30
	result = depth(n) // grows and moves the stack
	return result
}

func recovers() (err error) {
	v := 42
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %v with v=%d", r, v)
		}
	}()
	depth(2000)
	var m map[string]int
	m["x"] = v // panics
	return nil
}

func main() {
	fmt.Println(work(500))
	fmt.Println(recovers())
}
