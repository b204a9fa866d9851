package main

import "fmt"

func compute() int { return 1 }

func main() {
	x := 2
	fmt.Sprintf("%d", x) // a call statement is allowed (only vet complains)
	x + 1
	x == 2
	compute
	"text"
}
