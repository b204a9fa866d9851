package main

import "fmt"

type T struct{ size int }

func main() {
	x := 10
	fmt.Println(x(2))
	t := T{3}
	fmt.Println(t.size())
	fmt.Println("abc"())
}
