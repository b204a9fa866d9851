package main

import "fmt"

type Window struct {
	data []byte
}

// Range slices the window's data; lo > hi is a run-time error.
func (w Window) Range(lo, hi int) []byte {
	return w.data[lo:hi]
}

func main() {
	w := Window{data: []byte("abcdef")}
	fmt.Println(string(w.Range(1, 3)))
	fmt.Println(string(w.Range(3, 2)))
}
