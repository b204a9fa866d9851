package main

import "fmt"

type I interface {
	M()
	N()
}

type T struct{}

func (T) N() {}

func convert(v interface{}) I {
	return v.(I)
}

func main() {
	var v interface{} = T{}
	_, ok := v.(I)
	fmt.Println("ok:", ok)
	convert(v).N()
}
