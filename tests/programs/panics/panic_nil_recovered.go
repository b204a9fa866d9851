package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T\n", r)
		fmt.Println(r)
		panic(r)
	}()
	panic(nil)
}
