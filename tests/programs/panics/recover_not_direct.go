package main

import "fmt"

// helper calls recover, but it is not the deferred function itself,
// so recover returns nil and the panic continues.
func helper() {
	fmt.Println("helper recover:", recover())
}

func main() {
	defer func() {
		helper()
	}()
	fmt.Println("start")
	panic("still panicking")
}
