package main

import "fmt"

func helper() int { return 1 }

func helper() int { return 2 }

type T int

var T = 3

func main() {
	x := 1
	var x int
	fmt.Println(x, helper())
}
