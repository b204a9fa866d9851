package main

import "fmt"

func name() string {
	return 42
}

func pair() (int, error) {
	return "x", nil
}

func main() {
	fmt.Println(name())
	fmt.Println(pair())
}
