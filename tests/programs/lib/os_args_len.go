package main

import (
	"fmt"
	"os"
)

func main() {
	// os.Args[0] depends on how the program was started; print only its count.
	fmt.Println("args:", len(os.Args))
	fmt.Println(len(os.Args) >= 1, len(os.Args[1:]))
	for i, a := range os.Args[1:] {
		fmt.Println(i, a)
	}
	fmt.Fprintln(os.Stdout, "to stdout")
}
