package main

import "fmt"

func main() {
	done := false
	fmt.Println("done?", done)
	panic(!done)
}
