package main

import "fmt"

type Writer interface {
	Write(p []byte) (int, error)
}

type W struct{}

func (W) Write(s string) int { return len(s) }

func main() {
	var w Writer = W{}
	fmt.Println(w)
}
