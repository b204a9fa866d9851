package main

import "fmt"

type Celsius float64

func main() {
	var n int = "ten"
	var ok bool = 1
	var f float64 = 1.5
	var c Celsius = f
	fmt.Println(n, ok, c)
}
