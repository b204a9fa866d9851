package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("fatal:", r)
			os.Exit(3)
		}
	}()
	var p *struct{ x int }
	fmt.Println("dereferencing")
	fmt.Println(p.x)
}
