package main

import (
	"os"
	"strings"
)

func main() {
	a := 1
	b := 2
	c := 3
	x := undefined1
	y := undefined2 + 1
	z := "s" * 2
	var p int = "p"
	q := len(5)
	r := nil
	s := 1
	s := 2
	t := true + 1
}
