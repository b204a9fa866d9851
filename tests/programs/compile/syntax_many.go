package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3
	for i := 0; i < 3; i++ {
		fmt.Println(a[i]]
	}
	b := 'ab'
	c := 1 ++ 2
}
