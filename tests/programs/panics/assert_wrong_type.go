package main

import "fmt"

func asInt(v interface{}) int {
	return v.(int)
}

func main() {
	fmt.Println(asInt(7))
	n, ok := interface{}("x").(int)
	fmt.Println(n, ok)
	fmt.Println(asInt("seven"))
}
