package main

import "fmt"

func three() {
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	defer fmt.Println("deferred 3")
	fmt.Println("body of three")
}

func nested() {
	defer fmt.Println("outer defer")
	func() {
		defer fmt.Println("inner defer")
		fmt.Println("inner body")
	}()
	fmt.Println("after inner")
}

func deferInDefer() {
	defer func() {
		defer fmt.Println("defer registered inside a deferred func")
		fmt.Println("first deferred func body")
	}()
	fmt.Println("deferInDefer body")
}

func earlyReturn(x int) string {
	defer fmt.Println("  cleanup for", x)
	if x > 0 {
		return "positive"
	}
	defer fmt.Println("  only registered for non-positive", x)
	return "non-positive"
}

func main() {
	three()
	nested()
	deferInDefer()
	fmt.Println(earlyReturn(1))
	fmt.Println(earlyReturn(-1))
	defer fmt.Println("main's deferred runs last")
	fmt.Println("end of main body")
}
