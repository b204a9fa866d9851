package main

import "fmt"

func safe(f func()) (r any) {
	// The deferred func always overwrites r, so a call that does not
	// panic returns nil rather than "no panic".
	defer func() {
		r = recover()
	}()
	f()
	return "no panic"
}

type custom struct {
	Code int
	Msg  string
}

func main() {
	fmt.Println(safe(func() { panic("string value") }))
	fmt.Println(safe(func() { panic(42) }))
	fmt.Println(safe(func() { panic(custom{7, "custom struct"}) }))
	fmt.Println(safe(func() { panic(fmt.Sprintf("formatted %d", 3)) }))
	fmt.Println(safe(func() {}))
	r := safe(func() { panic(custom{1, "typed"}) })
	if c, ok := r.(custom); ok {
		fmt.Printf("recovered custom: %+v\n", c)
	}
	fmt.Printf("%T\n", safe(func() { panic(3.5) }))
	// recover returns nil when not panicking
	fmt.Println("recover outside panic:", recover())
	func() {
		defer func() {
			fmt.Println("recover in defer without panic:", recover())
		}()
	}()
	// runtime errors are recoverable too
	fmt.Println(safe(func() {
		var a []int
		_ = a[5]
	}))
	fmt.Println(safe(func() {
		x := 0
		fmt.Println(10 / x)
	}))
	fmt.Println(safe(func() {
		var m map[string]int
		m["a"] = 1
	}))
	fmt.Println("program continues normally")
}
