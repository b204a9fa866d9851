package main

type List[T any] struct {
	next *List[*T]
	v    T
}

func main() {
	var l List[int]
	_ = l
}
