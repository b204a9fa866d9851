package main

import "fmt"

func Main() {
	fmt.Println("capital M is not main")
}
