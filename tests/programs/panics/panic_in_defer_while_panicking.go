package main

import "fmt"

func cleanup() {
	fmt.Println("cleanup starts")
	panic("cleanup failed")
}

func work() {
	defer cleanup()
	fmt.Println("working")
	panic("work failed")
}

func main() {
	work()
}
