package main

import "fmt"

func describe(n int) string {
	return fmt.Sprint("n=", n)
}

func main() {
	n := 1
	// The argument is evaluated now, so the deferred print shows n=1.
	defer fmt.Println("deferred:", describe(n))
	n = 2
	fail := func() {
		panic(describe(n))
	}
	fail()
}
