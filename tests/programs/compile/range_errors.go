package main

import "fmt"

func main() {
	x := 3.5
	for i := range x {
		fmt.Println(i)
	}
	for a, b, c := range []int{1} {
		fmt.Println(a, b, c)
	}
	m := map[string]int{}
	for k, v := range m {
		fmt.Println(k)
	}
}
