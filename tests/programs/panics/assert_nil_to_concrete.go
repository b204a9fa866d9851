package main

import "fmt"

type T struct{ n int }

func main() {
	var v interface{}
	fmt.Println("v is nil:", v == nil)
	t := v.(T)
	fmt.Println(t.n)
}
