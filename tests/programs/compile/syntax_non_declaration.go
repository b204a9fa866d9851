package main

import "fmt"

x := 1

fmt.Println(x)

func main() {
}
