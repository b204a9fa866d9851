package main

import "fmt"

// recover only works when called directly by a deferred function.

func helper() any {
	return recover() // not called directly by the deferred func: returns nil
}

func indirect() (result string) {
	defer func() {
		r := recover()
		result = fmt.Sprint("outer deferred recovered: ", r)
	}()
	defer func() {
		if r := helper(); r != nil {
			fmt.Println("helper recovered (unexpected):", r)
		} else {
			fmt.Println("helper returned nil: recover was not called directly")
		}
	}()
	panic("boom")
}

func nestedLiteral() (result string) {
	defer func() {
		result = fmt.Sprint("final: ", recover())
	}()
	defer func() {
		func() {
			// a function literal called by the deferred function is one level too deep
			fmt.Println("nested literal recover:", recover())
		}()
	}()
	panic("deep")
}

func deferredRecoverDirectly() (result string) {
	defer func() {
		result = fmt.Sprint("direct: ", recover())
	}()
	panic("direct panic")
}

func main() {
	fmt.Println(indirect())
	fmt.Println(nestedLiteral())
	fmt.Println(deferredRecoverDirectly())
	fmt.Println("done")
}
