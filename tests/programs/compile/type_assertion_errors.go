package main

import "fmt"

type I interface{ M() }

type T struct{}

func (t *T) M() {}

func main() {
	n := 5
	fmt.Println(n.(int))
	var i I = &T{}
	t := i.(T)
	fmt.Println(t)
	switch v := n.(type) {
	}
}
