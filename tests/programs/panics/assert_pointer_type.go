package main

import "fmt"

type T struct{ n int }

type Holder struct {
	item interface{}
}

// Get assumes the holder contains a *T, but it holds a T value.
func (h Holder) Get() *T {
	return h.item.(*T)
}

func main() {
	h := Holder{item: &T{1}}
	fmt.Println(h.Get().n)
	h.item = T{2}
	fmt.Println(h.Get().n)
}
