package main

import (
	"fmt"
	"strings"
)

// A longer dependency chain across variables, functions and methods.

var log []string

var total = note("total", sum(parts))
var parts = []int{note("p0", base), note("p1", base*2), note("p2", base*3)}
var base = note("base", seed()+1)
var unrelated = note("unrelated", 100)

type box struct{ v int }

func (b box) get() int { return note("box.get", b.v) }

var boxed = box{v: note("boxed field", total/2)}
var fromMethod = boxed.get()

func seed() int { return note("seed", 4) }

func note(name string, v int) int {
	log = append(log, fmt.Sprintf("%s=%d", name, v))
	fmt.Printf("initializing %-12s -> %d\n", name, v)
	return v
}

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	fmt.Println("order:", strings.Join(log, ", "))
	fmt.Println("total:", total, "parts:", parts, "base:", base)
	fmt.Println("unrelated:", unrelated, "fromMethod:", fromMethod)
}
