package main

import "fmt"

func main() {
	var := 5
	fmt.Println(var)
}
